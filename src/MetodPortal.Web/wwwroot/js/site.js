// MetodPortal: small behaviours without inline script (the CSP allows only files from this site).
document.addEventListener('DOMContentLoaded', () => {
    // A form's rules (data-val-*, from the server's validators: ClientRules) are checked here before it is sent; the
    // field's message appears in its data-valmsg-for span, as the server's would. The server checks everything again.
    if (window.aspnetValidation) {
        const validation = new window.aspnetValidation.ValidationService();
        validation.ValidationInputCssClassName = 'is-invalid';
        validation.ValidationInputValidCssClassName = '';
        validation.bootstrap({ addNoValidate: true });
    }

    // Move focus to the validation summary so keyboard and screen reader users hear what is wrong.
    const summary = document.getElementById('validation-summary');
    if (summary) {
        summary.setAttribute('tabindex', '-1');
        summary.focus();
    }

    // Destructive forms ask first (data-confirm holds the question).
    document.querySelectorAll('form[data-confirm]').forEach(form => {
        form.addEventListener('submit', event => {
            if (!window.confirm(form.dataset.confirm)) {
                event.preventDefault();
                event.stopImmediatePropagation();
            }
        });
    });

    // A submit button may ask first too (data-confirm on the button): only when that button sends the form.
    document.querySelectorAll('button[data-confirm]').forEach(button => {
        button.addEventListener('click', event => {
            if (!window.confirm(button.dataset.confirm)) {
                event.preventDefault();
            }
        });
    });

    // Long work (imports, reports) shows that it is working and, as the server reports it, what it has done so far:
    // the page makes up a ticket, sends it with the work (progressTicket) and polls /progress for the note kept under it.
    const newTicket = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), b => b.toString(16).padStart(2, '0')).join('');

    // Marks the control busy (a spinner and the text); returns what puts it back.
    const busy = (control, text) => {
        const label = control.innerHTML;
        control.innerHTML = '<span class="spinner-border spinner-border-sm" aria-hidden="true"></span> ' + text;
        control.classList.add('disabled');
        control.setAttribute('aria-disabled', 'true');
        return () => {
            control.innerHTML = label;
            control.classList.remove('disabled');
            control.removeAttribute('aria-disabled');
            control.disabled = false;
        };
    };

    // Shows the note under the ticket in a status line after the control until the work is finished (then calls done),
    // or until a minute has passed without a word from the server.
    const follow = (ticket, control, done) => {
        let status = control.parentElement.querySelector('.work-progress');
        if (!status) {
            status = document.createElement('div');
            status.className = 'work-progress small text-muted';
            status.setAttribute('role', 'status');
            control.parentElement.append(status);
        }
        status.textContent = '';
        let silentPolls = 0;
        const poll = async () => {
            try {
                const response = await fetch('/progress?ticket=' + ticket, { headers: { Accept: 'application/json' } });
                if (response.status === 200) {
                    const note = await response.json();
                    status.textContent = note.text;
                    silentPolls = 0;
                    if (note.finished) {
                        done();
                        return;
                    }
                }
            } catch {
                // The next poll asks again.
            }
            if (++silentPolls < 120) {
                setTimeout(poll, 500);
            } else {
                done();
            }
        };
        setTimeout(poll, 300);
    };

    // A form's busy button (data-busy-text) says it is working; a form with data-progress also shows the work's note.
    // A download (a GET form) gets its button back when the file is ready; a post is followed by its result page.
    document.querySelectorAll('form').forEach(form => {
        form.addEventListener('submit', event => {
            const button = event.submitter ?? form.querySelector('button[data-busy-text]');
            if (event.defaultPrevented || !button?.dataset.busyText) return;
            const restore = busy(button, button.dataset.busyText);
            setTimeout(() => { button.disabled = true; }); // after the form has taken the submitter's name and value
            if (form.dataset.progress === undefined) return;
            let field = form.querySelector('input[name="progressTicket"]');
            if (!field) {
                field = document.createElement('input');
                field.type = 'hidden';
                field.name = 'progressTicket';
                form.append(field);
            }
            field.value = newTicket();
            follow(field.value, button, form.method === 'get' ? restore : () => {});
        });
    });

    // A download link with data-progress (the reports) does the same, and is ready again when the file is.
    document.querySelectorAll('a[data-progress]').forEach(link => {
        link.addEventListener('click', event => {
            if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
            event.preventDefault();
            const ticket = newTicket();
            const url = new URL(link.href);
            url.searchParams.set('progressTicket', ticket);
            follow(ticket, link, busy(link, link.dataset.busyText ?? link.textContent));
            window.location.assign(url);
        });
    });

    // The monitoring form: a declared value that differs from the registry is marked while it is typed.
    document.querySelectorAll('#counts tbody tr').forEach(row => {
        const input = row.querySelector('input');
        const registry = row.querySelector('.registry');
        const badge = row.querySelector('.differs');
        if (!input || !registry || !badge) return;
        const mark = () => badge.classList.toggle('d-none', input.value.trim() === '' || input.value.trim() === registry.textContent.trim());
        input.addEventListener('input', mark);
        mark();
    });

    // Filter forms: a changed select or check box submits at once.
    document.querySelectorAll('form.filters [data-autosubmit]').forEach(field => {
        field.addEventListener('change', () => field.form.submit());
    });

    // A staff checklist: «Отметить всех» ticks every name that may be ticked.
    document.querySelectorAll('input[data-check-all]').forEach(all => {
        const boxes = [...document.querySelectorAll(`input[type=checkbox][name="${all.dataset.checkAll}"]:not(:disabled)`)];
        all.addEventListener('change', () => boxes.forEach(box => { box.checked = all.checked; }));
    });

    // A page shown in answer to a post (a refused step) stands for its own address: keep that in the address bar.
    const address = document.querySelector('meta[name="page-address"]');
    if (address) history.replaceState(null, '', address.content);
});
