using IntuneSupportBot.Teams;
using IntuneSupportBot.Tickets;
using Microsoft.EntityFrameworkCore;

namespace IntuneSupportBot.Data;

public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options)
{
    public DbSet<BotStateEntry> BotState => Set<BotStateEntry>();

    public DbSet<TicketRow> Tickets => Set<TicketRow>();

    public DbSet<TicketEventRow> TicketEvents => Set<TicketEventRow>();

    public DbSet<TicketNumberRow> TicketNumbers => Set<TicketNumberRow>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<CardCopy> CardCopies => Set<CardCopy>();

    /// <summary>Outbox messages were added and are not committed yet: the dispatcher is woken when they are (<see cref="OutboxCommitInterceptor"/>).</summary>
    internal bool HoldsUncommittedOutbox { get; set; }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<BotStateEntry>(entry =>
        {
            entry.ToTable("bot_state");
            entry.HasKey(e => e.Key);
            entry.Property(e => e.Key).HasMaxLength(512);
            entry.Property(e => e.ETag).HasMaxLength(64).IsConcurrencyToken();
        });
        TicketModel.Configure(modelBuilder);
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new CardCopyConfiguration());
    }
}
