using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace MetodPortal.Web.Infrastructure;

public static class ValidationExtensions
{
    /// <summary>FluentValidation is called explicitly (no ASP.NET integration package here); its errors go to ModelState.</summary>
    public static void CopyTo(this ValidationResult result, ModelStateDictionary modelState, string prefix = "")
    {
        foreach (var error in result.Errors)
        {
            modelState.AddModelError(prefix + error.PropertyName, error.ErrorMessage);
        }
    }
}
