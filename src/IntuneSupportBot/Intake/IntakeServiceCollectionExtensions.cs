using Microsoft.Extensions.Options;

namespace IntuneSupportBot.Intake;

public static class IntakeServiceCollectionExtensions
{
    /// <summary>
    /// The routing policy, with its tiers from the <c>Routing</c> section, checked at start-up; and the intake
    /// conversation (dialog, questions, filing) that the bot hands 1:1 messages to.
    /// </summary>
    public static IServiceCollection AddIntake(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RoutingOptions>()
            .Bind(configuration.GetSection(RoutingOptions.SectionName))
            .Validate(options => options.IsValid, "Every Routing tier must be between 1 and 4.")
            .ValidateOnStart();
        services.AddSingleton(provider => new RoutingPolicy(provider.GetRequiredService<IOptions<RoutingOptions>>().Value));
        services.AddSingleton<IntakeChoices>();
        services.AddSingleton<IntakeQuestions>();
        services.AddSingleton<IntakeFiling>();
        services.AddSingleton<IntakeDialog>();
        services.AddSingleton<IntakeConversation>();
        return services;
    }
}
