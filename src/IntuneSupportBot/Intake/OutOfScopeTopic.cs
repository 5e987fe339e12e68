namespace IntuneSupportBot.Intake;

/// <summary>Requests the enrollment support plan does not cover; the bot redirects them politely.</summary>
public enum OutOfScopeTopic
{
    Password,
    Email,
    Printer,
    Vpn,
}
