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

    // Filter forms: a changed select submits at once.
    document.querySelectorAll('form.filters select[data-autosubmit]').forEach(select => {
        select.addEventListener('change', () => select.form.submit());
    });
});
