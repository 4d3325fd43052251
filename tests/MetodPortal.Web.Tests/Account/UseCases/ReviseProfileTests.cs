using System.Net;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Account.UseCases;

public sealed class ReviseProfileTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static Task<HttpResponseMessage> ReviseAsync(PortalClient client, string name, string phone) =>
        client.PostAsync("/account/profile", [new("FullName", name), new("PhoneNumber", phone)], "/account/profile");

    [Fact]
    public async Task The_user_renames_themselves_and_the_header_says_so_at_once()
    {
        using var client = await factory.LoginAsync("coordinator@demo.local");

        var saved = await ReviseAsync(client, "Иванова-Петрова Анна Сергеевна", "+7 (4212) 30-40-50");

        Assert.Equal((HttpStatusCode.Redirect, "/account/profile"), (saved.StatusCode, saved.Headers.Location?.OriginalString));
        var page = await client.GetPageAsync("/account/profile");
        Assert.Contains("Иванова-Петрова Анна Сергеевна", page.QuerySelector("nav[aria-label='Главное меню']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("+7 (4212) 30-40-50", page.QuerySelector("input[name=PhoneNumber]")?.GetAttribute("value"));
        await using var db = factory.Db();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == "coordinator@demo.local");
        Assert.Equal(("Иванова-Петрова Анна Сергеевна", "+7 (4212) 30-40-50"), (user.FullName, user.PhoneNumber));
    }

    [Fact]
    public async Task An_empty_name_or_letters_in_the_phone_are_refused_in_russian()
    {
        using var client = await factory.LoginAsync("school2@demo.local");
        await using var db = factory.Db();
        var before = await db.Users.AsNoTracking().SingleAsync(u => u.Email == "school2@demo.local");

        foreach (var (name, phone, message) in new[] { ("", "", "Укажите ФИО."), ("Петров Пётр", "позвонить", "Телефон — цифры") })
        {
            var response = await ReviseAsync(client, name, phone);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await PortalClient.ParseAsync(await response.Content.ReadAsStringAsync());
            Assert.Contains(message, page.QuerySelector("#validation-summary")?.TextContent, StringComparison.Ordinal);
        }

        var after = await db.Users.AsNoTracking().SingleAsync(u => u.Email == "school2@demo.local");
        Assert.Equal((before.FullName, before.PhoneNumber), (after.FullName, after.PhoneNumber));
    }
}
