// MetodPortal: small behaviours without inline script (the CSP allows only files from this site).
document.addEventListener('DOMContentLoaded', () => {
    // Move focus to the validation summary so keyboard and screen reader users hear what is wrong.
    const summary = document.getElementById('validation-summary');
    if (summary) {
        summary.setAttribute('tabindex', '-1');
        summary.focus();
    }

    // Filter forms: a changed select submits at once.
    document.querySelectorAll('form.filters select[data-autosubmit]').forEach(select => {
        select.addEventListener('change', () => select.form.submit());
    });
});
