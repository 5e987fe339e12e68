using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace IntuneSupportBot.Data;

/// <summary>
/// Instants as UTC ticks in a 64-bit integer: SQLite cannot order or compare DateTimeOffset text reliably, and an
/// integer means the same on every provider. The offset is not kept; the app's clock is UTC.
/// </summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
