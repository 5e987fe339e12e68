using IntuneSupportBot.Data;
using Microsoft.EntityFrameworkCore;

namespace IntuneSupportBot.Tickets;

/// <summary>The ticket tables. Enums are stored by name and instants as UTC ticks, so the schema reads the same on SQLite and PostgreSQL.</summary>
internal static class TicketModel
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<TicketRow>(ticket =>
        {
            ticket.ToTable("tickets");
            ticket.HasKey(t => t.Id);
            ticket.Property(t => t.Id).HasMaxLength(32);
            ticket.HasIndex(t => t.Number).IsUnique();
            ticket.Property(t => t.RequesterObjectId).HasMaxLength(64);
            ticket.Property(t => t.RequesterTeamsUserId).HasMaxLength(256);
            ticket.Property(t => t.RequesterName).HasMaxLength(256);
            ticket.Property(t => t.RequesterLocale).HasMaxLength(16);
            ticket.Property(t => t.State).HasConversion<string>().HasMaxLength(32);
            ticket.Property(t => t.AssigneeObjectId).HasMaxLength(64);
            ticket.Property(t => t.AssigneeName).HasMaxLength(256);
            ticket.Property(t => t.MicrosoftCaseNumber).HasMaxLength(64);
            ticket.Property(t => t.CreatedAt).HasConversion<UtcTicksConverter>();
            ticket.Property(t => t.UpdatedAt).HasConversion<UtcTicksConverter>();
            ticket.Property(t => t.ResolvedAt).HasConversion<UtcTicksConverter>();
            ticket.Property(t => t.ClosedAt).HasConversion<UtcTicksConverter>();
            ticket.Property(t => t.Version).IsConcurrencyToken();
            ticket.HasIndex(t => new { t.RequesterObjectId, t.CreatedAt });
            ticket.HasIndex(t => new { t.State, t.UpdatedAt });
        });

        model.Entity<TicketEventRow>(history =>
        {
            history.ToTable("ticket_events");
            history.HasKey(e => new { e.TicketId, e.Sequence });
            history.HasOne<TicketRow>().WithMany().HasForeignKey(e => e.TicketId);
            history.Property(e => e.TicketId).HasMaxLength(32);
            history.Property(e => e.Kind).HasConversion<string>().HasMaxLength(32);
            history.Property(e => e.At).HasConversion<UtcTicksConverter>();
            history.Property(e => e.ActorObjectId).HasMaxLength(64);
            history.Property(e => e.ActorName).HasMaxLength(256);
            history.Property(e => e.ActorRole).HasConversion<string>().HasMaxLength(16);
            history.Property(e => e.FromState).HasConversion<string>().HasMaxLength(32);
            history.Property(e => e.ToState).HasConversion<string>().HasMaxLength(32);
            history.Property(e => e.AssigneeObjectId).HasMaxLength(64);
            history.Property(e => e.AssigneeName).HasMaxLength(256);
            history.Property(e => e.RequestId).HasMaxLength(256);
        });

        model.Entity<TicketNumberRow>(numbers =>
        {
            numbers.ToTable("ticket_numbers");
            numbers.HasKey(n => n.Name);
            numbers.Property(n => n.Name).HasMaxLength(32);
            numbers.HasData(new TicketNumberRow { Name = TicketNumberRow.TicketSequence, Last = TicketNumberRow.Seed });
        });
    }
}
