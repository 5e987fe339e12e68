using IntuneSupportBot.Intake;
using IntuneSupportBot.Knowledge;
using IntuneSupportBot.Tests.Knowledge;

namespace IntuneSupportBot.Tests.Intake;

public sealed class RoutingPolicyTests
{
    private readonly KnownIssueCatalog catalog = TestCatalog.Load();
    private readonly RoutingPolicy policy = new(new RoutingOptions());

    [Fact]
    public void A_known_issue_starts_at_its_suggested_tier()
    {
        var decision = policy.Route(Report(), Confident("win-entra-join-not-allowed-801c0003"));

        Assert.Equal(RoutingOutcome.Ticket, decision.Outcome);
        Assert.Equal(3, decision.Tier);
        Assert.Equal("win-entra-join-not-allowed-801c0003", decision.KnownIssue?.Id);
        Assert.False(decision.SelfHelpOffered);
        Assert.Equal(["known-issue"], Codes(decision));
    }

    [Fact]
    public void A_self_serviceable_known_issue_for_one_person_offers_self_help()
    {
        var decision = policy.Route(Report(), Confident("win-already-enrolled-8018000a"));

        Assert.True(decision.SelfHelpOffered);
        Assert.Equal(1, decision.Tier);
        Assert.Equal(["known-issue", "self-help-offered"], Codes(decision));
    }

    [Fact]
    public void Many_affected_raises_a_tier_1_known_issue_to_tier_2_and_skips_self_help()
    {
        var decision = policy.Route(Report() with { Scope = new IntakeScope(ScopeKind.Many, 30) }, Confident("win-already-enrolled-8018000a"));

        Assert.Equal(2, decision.Tier);
        Assert.False(decision.SelfHelpOffered);
        Assert.True(decision.ManyAffected);
        Assert.Equal(["known-issue", "many-affected-raised-tier", "self-help-skipped-many-affected", "many-affected"], Codes(decision));
    }

    [Fact]
    public void Many_affected_never_lowers_a_higher_suggested_tier()
    {
        var decision = policy.Route(Report() with { Scope = new IntakeScope(ScopeKind.Many, 100) }, Confident("win-platform-blocked-80180014"));

        Assert.Equal(3, decision.Tier);
    }

    [Fact]
    public void A_match_that_is_not_confident_is_not_a_known_issue()
    {
        var weak = new KnownIssueMatch(catalog.Find("win-already-enrolled-8018000a")!, 12, false, 12, Confident: false);

        var decision = policy.Route(Report(), weak);

        Assert.Null(decision.KnownIssue);
        Assert.False(decision.SelfHelpOffered);
        Assert.Equal(1, decision.Tier);
    }

    [Theory]
    [InlineData(false, false, 1, "unknown-vague")]
    [InlineData(true, false, 2, "unknown-specific-error")]
    [InlineData(false, true, 3, "unknown-many-affected")]
    [InlineData(true, true, 3, "unknown-many-affected")]
    public void An_unknown_problem_starts_by_how_specific_and_how_wide_it_is(bool hasCode, bool many, int tier, string reason)
    {
        var report = Report() with
        {
            ErrorCodes = hasCode ? ["0x87d1fde8"] : [],
            Scope = many ? new IntakeScope(ScopeKind.Many, 10) : new IntakeScope(ScopeKind.Single, 1),
        };

        var decision = policy.Route(report, best: null);

        Assert.Equal(tier, decision.Tier);
        Assert.Equal(reason, decision.Reasons[0].Code);
    }

    [Fact]
    public void Urgency_flags_the_ticket_and_never_changes_the_tier()
    {
        var calm = policy.Route(Report(), Confident("win-autopilot-redeploy-80180014"));
        var urgent = policy.Route(
            Report() with { UrgencySignals = [UrgencySignal.Executive, UrgencySignal.GoLiveToday] },
            Confident("win-autopilot-redeploy-80180014"));

        Assert.Equal(calm.Tier, urgent.Tier);
        Assert.False(calm.Urgent);
        Assert.True(urgent.Urgent);
        Assert.Equal(["known-issue", "urgent-executive", "urgent-go-live-today"], Codes(urgent));
    }

    [Fact]
    public void The_tiers_come_from_the_options()
    {
        var strict = new RoutingPolicy(new RoutingOptions { UnknownVagueTier = 2, ManyAffectedMinimumTier = 3 });

        Assert.Equal(2, strict.Route(Report(), best: null).Tier);
        Assert.Equal(3, strict.Route(Report() with { Scope = new IntakeScope(ScopeKind.Many, 5) }, Confident("win-already-enrolled-8018000a")).Tier);
        Assert.False(new RoutingOptions { UnknownManyAffectedTier = 5 }.IsValid);
    }

    [Fact]
    public void An_out_of_scope_request_is_redirected_without_a_tier()
    {
        var decision = policy.Route(Report() with { OutOfScope = OutOfScopeTopic.Email }, best: null);

        Assert.Equal(RoutingOutcome.OutOfScope, decision.Outcome);
        Assert.Null(decision.Tier);
        Assert.Equal(OutOfScopeTopic.Email, decision.OutOfScopeTopic);
        Assert.Equal(["out-of-scope-email"], Codes(decision));
    }

    [Fact]
    public void An_off_topic_word_in_an_enrollment_report_does_not_redirect_it()
    {
        var decision = policy.Route(Report() with { OutOfScope = OutOfScopeTopic.Password, MentionsEnrollment = true }, best: null);

        Assert.Equal(RoutingOutcome.Ticket, decision.Outcome);
        Assert.Equal(1, decision.Tier);
    }

    [Fact]
    public void An_ambiguous_code_routes_as_unknown_and_says_why()
    {
        var report = Report() with { ErrorCodes = ["0x80180014"], Platform = DevicePlatform.Windows };
        var match = TestCatalog.Matcher().Match(report.ToKnownIssueQuery());

        var decision = policy.Route(report, match);

        Assert.True(match.NeedsDisambiguation);
        Assert.Null(decision.KnownIssue);
        Assert.Equal(2, decision.Tier);
        Assert.Equal(["known-issue-ambiguous", "unknown-specific-error"], Codes(decision));
    }

    private static IntakeReport Report() => new() { Text = "test report" };

    private KnownIssueMatch Confident(string id) => new(catalog.Find(id)!, 100, true, 0, Confident: true);

    private static string[] Codes(RoutingDecision decision) => [.. decision.Reasons.Select(reason => reason.Code)];
}
