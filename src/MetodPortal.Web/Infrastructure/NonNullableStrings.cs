using System.Reflection;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace MetodPortal.Web.Infrastructure;

/// <summary>
/// A form field declared as a non-nullable string binds an empty input as "" rather than null, so the code can trust
/// its own declaration (a blank name is a validation message, not a NullReferenceException).
/// </summary>
public sealed class NonNullableStrings : IDisplayMetadataProvider
{
    private readonly NullabilityInfoContext _nullability = new();

    public void CreateDisplayMetadata(DisplayMetadataProviderContext context)
    {
        if (context.Key.ModelType == typeof(string) && context.Key.PropertyInfo is { } property)
        {
            lock (_nullability)
            {
                if (_nullability.Create(property).WriteState == NullabilityState.NotNull)
                {
                    context.DisplayMetadata.ConvertEmptyStringToNull = false;
                }
            }
        }
    }
}
