using IntuneSupportBot.Teams;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IntuneSupportBot.Tests.Teams;

public sealed class OutboxOptionsTests
{
    [Fact]
    public void Unset_clean_up_settings_keep_sent_messages_a_week_and_failed_ones_a_month_and_clean_up_hourly()
    {
        using var services = Services([]);

        var options = services.GetRequiredService<IOptions<OutboxOptions>>().Value;

        Assert.Equal((TimeSpan.FromDays(7), TimeSpan.FromDays(30), TimeSpan.FromHours(1)), (options.KeepSentFor, options.KeepFailedFor, options.CleanupInterval));
    }

    [Theory]
    [InlineData("KeepSentFor", "00:00:00")]
    [InlineData("KeepFailedFor", "-1.00:00:00")]
    [InlineData("CleanupInterval", "00:00:00")]
    [InlineData("CleanupInterval", "2.00:00:00")]
    public void A_clean_up_setting_that_is_not_positive_or_an_interval_over_a_day_is_refused(string name, string value)
    {
        using var services = Services(new() { ["Outbox:" + name] = value });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<OutboxOptions>>().Value);

        Assert.Contains("KeepSentFor > 0, KeepFailedFor > 0, and CleanupInterval > 0 and <= 1 day", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddTeamsMessaging()
            .BuildServiceProvider(validateScopes: true);
}
