using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntuneSupportBot.Teams;

public sealed class CardCopyConfiguration : IEntityTypeConfiguration<CardCopy>
{
    public void Configure(EntityTypeBuilder<CardCopy> copy)
    {
        copy.ToTable("card_copies");
        copy.HasKey(c => c.CopyKey);
        copy.Property(c => c.CopyKey).HasMaxLength(300);
        copy.Property(c => c.ItemKey).HasMaxLength(200);
        copy.Property(c => c.ThreadKey).HasMaxLength(400);
        copy.Property(c => c.ConversationId).HasMaxLength(400);
        copy.Property(c => c.ActivityId).HasMaxLength(200);
        copy.Property(c => c.ServiceUrl).HasMaxLength(400);
        copy.Property(c => c.ChannelId).HasMaxLength(400);
        copy.Property(c => c.TenantId).HasMaxLength(64);
        copy.HasIndex(c => c.ItemKey);
    }
}
