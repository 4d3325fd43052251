// MetodPortal: small behaviours without inline script (the CSP allows only files from this site).
document.addEventListener('DOMContentLoaded', () => {
    // Move focus to the validation summary so keyboard and screen reader users hear what is wrong.
    const summary = document.getElementById('validation-summary');
    if (summary) {
        summary.setAttribute('tabindex', '-1');
        summary.focus();
    }

    // Long posts (imports) say they are working instead of leaving a frozen page.
    document.querySelectorAll('button[data-busy-text]').forEach(button => {
        button.form.addEventListener('submit', () => {
            button.disabled = true;
            button.innerHTML = '<span class="spinner-border spinner-border-sm" aria-hidden="true"></span> ' + button.dataset.busyText;
        });
    });

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

    // Filter forms: a changed select submits at once.
    document.querySelectorAll('form.filters select[data-autosubmit]').forEach(select => {
        select.addEventListener('change', () => select.form.submit());
    });
});
