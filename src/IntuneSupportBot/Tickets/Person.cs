namespace IntuneSupportBot.Tickets;

/// <summary>Someone named on a ticket (an assignee, a note's author): Entra object id and display name.</summary>
public sealed record Person(string ObjectId, string Name);
