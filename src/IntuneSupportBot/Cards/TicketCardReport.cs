using System.Globalization;
using IntuneSupportBot.BotFramework.AdaptiveCards;
using IntuneSupportBot.Tickets;

namespace IntuneSupportBot.Cards;

/// <summary>What the requester reported: their words, the facts intake gathered, and who they are (an @mention).</summary>
internal static class TicketCardReport
{
    public static IEnumerable<CardElement> Build(Ticket ticket, CardStrings text, TicketCardContext context, CardBudget budget, Mention requester)
    {
        yield return Heading(text["ReportedProblem"]);
        yield return new TextBlock(CardText.Escape(ticket.Report.Summary, budget.Summary)) { Spacing = Spacing.Small };
        yield return new TextBlock(text.Format("RequesterLine", requester.Text)) { Spacing = Spacing.Small };
        yield return new FactSet(Facts(ticket, text, context));
    }

    public static TextBlock Heading(string title) => new(title) { Weight = FontWeight.Bolder, Spacing = Spacing.Medium, Separator = true };

    private static List<Fact> Facts(Ticket ticket, CardStrings text, TicketCardContext context)
    {
        var report = ticket.Report;
        var notGiven = text["NotGiven"];
        var facts = new List<Fact>
        {
            new(text["Fact_Platform"], CardFormat.Platform(report.Platform) ?? notGiven),
            new(text["Fact_Method"], CardFormat.Method(report.Method, text) ?? notGiven),
            new(text["Fact_Codes"], report.ErrorCodes.Count == 0 ? notGiven : CardText.Escape(string.Join(", ", report.ErrorCodes.Take(8)), 200)),
        };
        if (report.KnownIssueId is { } issueId)
        {
            var title = context.KnownIssueTitle?.For(text.Language) ?? issueId;
            facts.Add(new(text["Fact_KnownIssue"], CardText.Escape(title, 200)));
        }

        facts.Add(new(text["Fact_Scope"], Scope(report, text)));
        if (report.Urgent)
        {
            facts.Add(new(text["Fact_Urgency"], string.Join(", ", report.UrgencyReasons.Take(4).Select(reason => CardFormat.Urgency(reason, text)))));
        }

        facts.Add(new(text["Fact_Device"], report.Device is { Length: > 0 } device ? CardText.Escape(device, 100) : notGiven));
        facts.Add(new(text["Fact_Started"], report.StartedWhen is { Length: > 0 } started ? CardText.Escape(started, 100) : notGiven));
        facts.Add(new(text["Fact_Filed"], $"{CardFormat.Time(ticket.CreatedAt, context.TimeZone)} ({CardFormat.Zone(ticket.CreatedAt, context.TimeZone)})"));
        if (ticket.MicrosoftCaseNumber is { } caseNumber)
        {
            facts.Add(new(text["Fact_CaseNumber"], CardText.Escape(caseNumber, TicketInputs.MaxCaseNumberLength)));
        }

        return facts;
    }

    private static string Scope(TicketReport report, CardStrings text) => report switch
    {
        { AffectedEstimate: { } estimate } when estimate > 1 => text.Format("Scope_Estimate", estimate.ToString("N0", CultureInfo.InvariantCulture)),
        { ManyAffected: true } => text["Scope_Many"],
        _ => text["Scope_One"],
    };
}
