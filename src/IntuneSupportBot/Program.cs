using IntuneSupportBot.Data;
using IntuneSupportBot.Hosting;

var app = BotApplication.Create(args);
await app.Services.PrepareDatabaseAsync(app.Lifetime.ApplicationStopping);
await app.RunAsync();
