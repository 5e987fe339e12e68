using IntuneSupportBot.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntuneSupportBot.Teams;

public sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> message)
    {
        message.ToTable("outbox_messages");
        message.HasKey(m => m.Id);
        message.Property(m => m.IdempotencyKey).HasMaxLength(400);
        message.HasIndex(m => m.IdempotencyKey).IsUnique();
        message.Property(m => m.ItemKey).HasMaxLength(200);
        message.Property(m => m.CopyKey).HasMaxLength(300);
        message.Property(m => m.ThreadKey).HasMaxLength(400);
        message.Property(m => m.Kind).HasConversion<string>().HasMaxLength(32);
        message.Property(m => m.State).HasConversion<string>().HasMaxLength(16);
        message.Property(m => m.TargetId).HasMaxLength(400);
        message.Property(m => m.TenantId).HasMaxLength(64);
        message.Property(m => m.ServiceUrl).HasMaxLength(400);
        message.Property(m => m.ReplyToId).HasMaxLength(200);
        message.Property(m => m.LastError).HasMaxLength(1000);

        // Compared and ordered by the dispatcher and the clean-up; UTC ticks compare the same on every provider.
        message.Property(m => m.NextAttemptAt).HasConversion(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
        message.Property(m => m.SentAt).HasConversion<UtcTicksConverter>();

        // The dispatcher looks for the oldest unsent message of each thread.
        message.HasIndex(m => new { m.State, m.ThreadKey, m.Id });
        message.HasIndex(m => new { m.ItemKey, m.State });
        // The clean-up deletes the oldest sent messages a batch at a time; without this a batch also reads every sent row it keeps.
        message.HasIndex(m => new { m.State, m.SentAt });
        message.Ignore(m => m.CreatesCopy);
        message.Ignore(m => m.IsPost);
    }
}
