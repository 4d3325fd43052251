using System.ComponentModel.DataAnnotations;
using FluentValidation;

namespace MetodPortal.Web.Areas.Account.UseCases;

public sealed class LoginForm
{
    [Display(Name = "Электронная почта")]
    public string Email { get; set; } = "";

    [Display(Name = "Пароль")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    public string? ReturnUrl { get; set; }
}

public sealed class LoginValidator : AbstractValidator<LoginForm>
{
    public LoginValidator()
    {
        RuleFor(f => f.Email).NotEmpty().WithMessage("Укажите электронную почту.").MaximumLength(256).WithMessage("Слишком длинный адрес.");
        RuleFor(f => f.Password).NotEmpty().WithMessage("Укажите пароль.").MaximumLength(200).WithMessage("Слишком длинный пароль.");
    }
}
