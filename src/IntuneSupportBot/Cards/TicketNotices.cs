using IntuneSupportBot.BotFramework.AdaptiveCards;
using IntuneSupportBot.Tickets;

namespace IntuneSupportBot.Cards;

/// <summary>
/// The short texts around tickets — notices to the requester, answers to a button — in the reader's language.
/// Whatever a person typed is escaped, so it shows as text and never as formatting or a mention.
/// </summary>
public static class TicketNotices
{
    private const int MaxQuoted = 1500;

    public static string Question(Ticket ticket, string question, string language) =>
        CardStrings.For(language).Format("Notice_Question", ticket.Id, Quote(question));

    public static string Resolved(Ticket ticket, string language) =>
        CardStrings.For(language).Format("Notice_Resolved", ticket.Id, Quote(ticket.Resolution ?? ticket.Fix ?? ""));

    public static string FixFound(Ticket ticket, string language) =>
        CardStrings.For(language).Format("Notice_FixFound", ticket.Id, Quote(ticket.RootCause ?? ""), Quote(ticket.Fix ?? ""));

    public static string TicketNotFound(string language) => CardStrings.For(language)["Action_TicketNotFound"];

    public static string BadRequest(CardActionRefusal refusal, string language) =>
        CardStrings.For(language).Format("Action_BadRequest", refusal.Describe());

    public static string Done(Ticket ticket, string language) => CardStrings.For(language).Format("Action_Done", ticket.Id);

    public static string Refused(string ticketId, TicketRefusal refusal, string language, TimeZoneInfo zone)
    {
        var text = CardStrings.For(language);
        var reason = refusal.Reason == RefusalReason.AlreadyClaimed && refusal.Cause is { } claim
            ? text.Format("Refusal_AlreadyClaimed", CardText.Escape(claim.By.Name, 64), CardFormat.ShortTime(claim.At, zone))
            : text.Find($"Refusal_{refusal.Reason}") ?? text["Refusal_Other"];
        return text.Format("Action_NotAllowed", ticketId, reason);
    }

    private static string Quote(string typed) => CardText.Escape(typed, MaxQuoted);
}
