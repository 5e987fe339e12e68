using IntuneSupportBot.Graph;
using IntuneSupportBot.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace IntuneSupportBot.Tests.Graph;

/// <summary>The real GraphDirectory and Graph SDK client, pointed at a <see cref="GraphStub"/>.</summary>
internal static class GraphDirectoryFactory
{
    public const string Token = "eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0.e30.stub-token";
    public const string TeamId = "2f3e7c1a-5b9d-4e08-a6c2-91d4b7e0f135";
    public const string Tier1Group = "7c0b5e2d-1f4a-4c93-8e6b-0d2a9f3c5e71";
    public const string Tier1Leads = "4e9a1c7f-3b2d-4f60-9a8e-5c1b7d2e0f48";
    public const string Coordinators = "b1d5f3a9-7e2c-4d86-a0f4-3e9c1b7a5d26";
    public const string Organizer = "e6a2c8f4-0b7d-4a1e-9c3f-5d8b2e6a0c97";

    public static DirectoryOptions Options(GraphStub stub) => new()
    {
        TenantId = "contoso.onmicrosoft.com",
        ClientId = "9a1f4c7e-2d5b-4e8a-b3c6-0f7d1e9a4b25",
        ClientSecret = "not-used-by-the-fixed-credential",
        BaseUrl = stub.BaseUrl,
        Scopes = ["https://graph.microsoft.com/.default"],
        Tiers =
        [
            new TierOptions { Tier = 1, TeamId = TeamId, ChannelName = "Tier 1 - Helpdesk", GroupId = Tier1Group, LeadGroupId = Tier1Leads },
            new TierOptions { Tier = 2, TeamId = TeamId, ChannelId = "19:tier2@thread.tacv2" },
        ],
        BridgeCoordinatorGroupId = Coordinators,
        MeetingOrganizerId = Organizer,
        MembershipTtl = TimeSpan.FromMinutes(5),
        FailureLookback = TimeSpan.FromDays(14),
    };

    public static GraphDirectory Create(
        DirectoryOptions options,
        FakeTimeProvider? time = null,
        FixedTokenCredential? credential = null,
        RecordingLogger<GraphDirectory>? logger = null) =>
        new(
            GraphClientBuilder.Build(options, credential ?? new FixedTokenCredential(Token)),
            Microsoft.Extensions.Options.Options.Create(options),
            time ?? new FakeTimeProvider(Now),
            logger ?? new RecordingLogger<GraphDirectory>());

    public static DateTimeOffset Now { get; } = new(2026, 11, 24, 5, 0, 0, TimeSpan.Zero);
}
