using IntuneSupportBot.Data;
using IntuneSupportBot.Deployment;
using IntuneSupportBot.Diagnostics;
using IntuneSupportBot.Hosting;
using IntuneSupportBot.Intake;

// Operator commands run without starting the web host.
switch (args)
{
    case ["triage", ..]:
        return await TriageCommand.RunAsync(args[1..], Console.In, Console.Out, CancellationToken.None);
    case ["pack", ..]:
        return await PackCommand.RunAsync(args[1..], Console.Out, Console.Error, CancellationToken.None);
    case ["doctor", ..]:
        return await DoctorCommand.RunAsync(args[1..], Console.Out, CancellationToken.None);
}

var app = BotApplication.Create(args);
await app.Services.PrepareDatabaseAsync(app.Lifetime.ApplicationStopping);
await app.RunAsync();
return Environment.ExitCode;
