using Microsoft.Extensions.Options;

namespace IntuneSupportBot.Graph;

/// <summary>Refuses at start-up a directory configuration the bot could not route or authorize with.</summary>
internal sealed class DirectoryOptionsValidator : IValidateOptions<DirectoryOptions>
{
    public ValidateOptionsResult Validate(string? name, DirectoryOptions options)
    {
        var failures = new List<string>();
        if (options.MembershipTtl <= TimeSpan.Zero)
        {
            failures.Add("Directory:MembershipTtl must be positive.");
        }

        if (options.HasGraphCredentials)
        {
            ValidateGraph(options, failures);
        }
        else
        {
            ValidateLocal(options.Local, failures);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateGraph(DirectoryOptions options, List<string> failures)
    {
        var usesAppRegistration = !string.IsNullOrWhiteSpace(options.ClientSecret) || !string.IsNullOrWhiteSpace(options.CertificatePath);
        if (usesAppRegistration && (string.IsNullOrWhiteSpace(options.TenantId) || string.IsNullOrWhiteSpace(options.ClientId)))
        {
            failures.Add("Directory:TenantId and Directory:ClientId are required with a client secret or certificate.");
        }

        if (!options.BaseUrl.IsAbsoluteUri)
        {
            failures.Add("Directory:BaseUrl must be an absolute URL including the version segment, e.g. https://graph.microsoft.com/v1.0.");
        }

        if (options.Tiers.Count == 0)
        {
            failures.Add("Directory:Tiers is empty: configure a team and channel for each support tier.");
        }

        foreach (var tier in options.Tiers)
        {
            if (string.IsNullOrWhiteSpace(tier.TeamId))
            {
                failures.Add($"Directory:Tiers: tier {tier.Tier} needs a TeamId (the team's Entra group id).");
            }

            if (string.IsNullOrWhiteSpace(tier.ChannelId) == string.IsNullOrWhiteSpace(tier.ChannelName))
            {
                failures.Add($"Directory:Tiers: tier {tier.Tier} needs exactly one of ChannelId or ChannelName.");
            }
        }

        AddDuplicates(options.Tiers.Select(tier => tier.Tier), "Directory:Tiers", failures);
    }

    private static void ValidateLocal(LocalDirectoryOptions local, List<string> failures)
    {
        if (local.Tiers.Count == 0)
        {
            failures.Add("No Graph credentials and Directory:Local:Tiers is empty: configure Graph or the local demo tenant.");
        }

        foreach (var tier in local.Tiers.Where(tier => string.IsNullOrWhiteSpace(tier.TeamId) || string.IsNullOrWhiteSpace(tier.ChannelId)))
        {
            failures.Add($"Directory:Local:Tiers: tier {tier.Tier} needs a TeamId and a ChannelId.");
        }

        if (local.Users.Any(user => string.IsNullOrWhiteSpace(user.Id) || string.IsNullOrWhiteSpace(user.DisplayName)))
        {
            failures.Add("Directory:Local:Users: every user needs an Id and a DisplayName.");
        }

        var users = local.Users.Select(user => user.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var people = local.Tiers.SelectMany(tier => tier.Members.Concat(tier.Leads)).Concat(local.BridgeCoordinators);
        foreach (var unknown in people.Where(id => !users.Contains(id)).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            failures.Add($"Directory:Local: {unknown} is a tier member, lead or bridge coordinator but not one of Directory:Local:Users.");
        }

        AddDuplicates(local.Tiers.Select(tier => tier.Tier), "Directory:Local:Tiers", failures);
    }

    private static void AddDuplicates(IEnumerable<int> tiers, string section, List<string> failures)
    {
        foreach (var tier in tiers.GroupBy(tier => tier).Where(group => group.Count() > 1))
        {
            failures.Add($"{section}: tier {tier.Key} is configured more than once.");
        }
    }
}
