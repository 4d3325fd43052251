using Microsoft.AspNetCore.Identity;

namespace MetodPortal.Data.Identity;

public sealed class AppRole : IdentityRole<int>
{
    public AppRole()
    {
    }

    public AppRole(string name)
        : base(name)
    {
        NormalizedName = name.ToUpperInvariant();
    }
}
