using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntuneSupportBot.Tickets;

/// <summary>The JSON columns of a ticket row; enums by name so the stored text stays readable.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(TicketReport))]
[JsonSerializable(typeof(DeviceFacts))]
[JsonSerializable(typeof(IReadOnlyList<TicketNote>))]
[JsonSerializable(typeof(IReadOnlyList<Handoff>))]
internal sealed partial class TicketJsonContext : JsonSerializerContext;
