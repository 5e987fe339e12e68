namespace IntuneSupportBot.Tests.Conversations;

/// <summary>Intake transcripts in English through the real host: the user says X, the bot answers Y.</summary>
public sealed class EnglishIntakeTests : ChatHost
{
    [Fact]
    public async Task Everything_in_the_first_message_brings_the_summary_at_once_and_yes_files_it()
    {
        var chat = English();

        var summary = await chat.Say("Autopilot on my Windows laptop fails with 0x801c03ea TPM attestation, only me");

        Assert.NotNull(summary.Card);
        Assert.Contains("0x801c03ea", summary.Text);
        Assert.Contains("Autopilot (new PC setup)", summary.Text);
        Assert.Contains("TPM attestation failed during Autopilot", summary.Text);
        var filed = await chat.Say("yes");
        Assert.Matches(@"Your ticket is INT-\d{4}\. The tier 2 support team", filed.Text);
        var ticket = Assert.Single(await TicketsOf());
        Assert.Equal("win-autopilot-tpm-801c03ea", ticket.Report.KnownIssueId);
        Assert.Equal(2, ticket.Tier);
    }

    [Fact]
    public async Task The_bench_drivers_five_answers_end_in_a_filed_report()
    {
        var chat = English();

        Assert.Contains("is it a Windows device?", (await chat.Say("my laptop won't enroll")).Text);
        Assert.Contains("What error do you see", (await chat.Say("Windows")).Text);
        var which = await chat.Say("0x80180014");
        Assert.Contains("a few known causes", which.Text);
        // "Just me" answers who is affected, not which cause: it is taken for what it says and the summary follows.
        var summary = await chat.Say("Just me");
        Assert.NotNull(summary.Card);
        Assert.Contains("Just me", summary.Text);
        Assert.Contains("Your ticket is INT-", (await chat.Say("yes")).Text);
    }

    [Fact]
    public async Task An_ambiguous_code_alone_gets_one_question_with_the_candidates_titles()
    {
        var chat = English();

        var question = await chat.Say("0x80180014");

        Assert.Equal(
            ["Autopilot redeployment refused by an old device record", "PC set up for work counts as personal and is blocked",
             "Windows enrollment is blocked by a platform restriction", "I'm not sure"],
            question.Buttons);
        var next = await chat.Say("PC set up for work counts as personal and is blocked");
        Assert.Contains("Who is affected?", next.Text);
        var summary = await chat.Say("Just me");
        Assert.Contains("PC set up for work counts as personal and is blocked", summary.Text);
    }

    [Fact]
    public async Task Step_by_step_each_missing_field_is_asked_once_and_a_corrected_field_is_asked_again()
    {
        var chat = English();

        Assert.Contains("What error do you see", (await chat.Say("I can't enroll my iPhone")).Text);
        Assert.Contains("How are you enrolling the device?", (await chat.Say("I don't see one")).Text);
        Assert.Contains("Who is affected?", (await chat.Say("Company Portal app")).Text);
        var summary = await chat.Say("Just me");
        Assert.NotNull(summary.Card);

        Assert.Contains("When did it start?", (await chat.Press(new { intake = "edit", field = "started" })).Text);
        var again = await chat.Say("since Monday morning");
        Assert.NotNull(again.Card);
        Assert.Contains("since Monday morning", again.Text);
        var filed = await chat.Press(new { intake = "confirm" });
        Assert.Contains("Your ticket is INT-", filed.Text);
    }

    [Fact]
    public async Task Cancel_midway_ends_the_intake_and_files_nothing()
    {
        var chat = English();
        await chat.Say("my laptop won't enroll");

        Assert.Contains("Nothing was filed", (await chat.Say("cancel")).Text);

        Assert.Contains("no open tickets", (await chat.Say("status")).Text);
        Assert.Empty(await TicketsOf());
    }

    [Fact]
    public async Task Invalid_answers_are_asked_again_then_the_question_is_skipped_and_the_intake_goes_on()
    {
        var chat = English();
        await chat.Say("my laptop won't enroll");

        Assert.Contains("Sorry, I didn't quite get that. Just to be sure", (await chat.Say("my fridge")).Text);
        Assert.Contains("Sorry, I didn't quite get that.", (await chat.Say("toaster")).Text);
        var skipped = await chat.Say("???");

        Assert.Contains("let's leave that out for now", skipped.Text);
        Assert.Contains("What error do you see", skipped.Text);
    }

    [Fact]
    public async Task Self_help_accepted_is_recorded_as_deflected_and_nothing_is_filed()
    {
        var chat = English();
        await chat.Say("My Windows PC shows 0x80cf0437 when enrolling through Company Portal, just me");

        var fix = await chat.Say("yes");
        Assert.Contains("Device date or time is wrong", fix.Text);
        Assert.Contains("Set the date, time and time zone to automatic", fix.Text);
        Assert.Contains("Did that fix it?", fix.Last);

        Assert.Contains("glad it's fixed", (await chat.Say("yes")).Text);
        var rows = await StoredRows.ReadAsync(Bot.DatabasePath);
        Assert.Contains(rows, row => row.Key.StartsWith($"intake/deflected/{chat.ConversationId}/", StringComparison.Ordinal) && row.Json.Contains("any-device-clock-wrong"));
        Assert.Empty(await TicketsOf());
    }

    [Fact]
    public async Task Self_help_refused_files_the_report_with_the_known_issue_attached()
    {
        var chat = English();
        await chat.Say("My Windows PC shows 0x80cf0437 when enrolling through Company Portal, just me");
        await chat.Say("yes");

        Assert.Contains("The tier 1 support team", (await chat.Say("no")).Text);

        var filed = Assert.Single(await TicketsOf());
        Assert.Equal("any-device-clock-wrong", filed.Report.KnownIssueId);
        Assert.Equal(1, filed.Tier);
    }

    [Fact]
    public async Task Help_status_and_a_screenshot_leave_the_open_question_open()
    {
        var chat = English();
        await chat.Say("my laptop won't enroll");

        var help = await chat.Say("help");
        Assert.Contains("I'm collecting the details", help.Text);
        Assert.Contains("is it a Windows device?", help.Last);
        Assert.Contains("is it a Windows device?", (await chat.Say("status")).Last);
        var kept = await chat.Attach("error.png");
        Assert.Contains("added 1 file(s)", kept.Text);
        Assert.Contains("is it a Windows device?", kept.Last);

        await chat.Say("Windows");
        await chat.Say("0x80180014");
        var summary = await chat.Say("Just me");
        Assert.Contains("error.png", summary.Text);
    }

    [Fact]
    public async Task Switching_language_midway_asks_the_open_question_again_in_Korean()
    {
        var chat = English();
        await chat.Say("my laptop won't enroll");

        var switched = await chat.Say("language ko");

        Assert.Contains("한국어로 안내해 드릴게요", switched.Text);
        Assert.Contains("Windows 기기가 맞나요?", switched.Last);
        Assert.Contains("화면에 어떤 오류가 표시되나요?", (await chat.Say("Windows")).Text);
    }

    [Fact]
    public async Task A_password_question_is_redirected_without_starting_an_intake()
    {
        var chat = English();

        var redirect = await chat.Say("I forgot my password, can you reset it?");

        Assert.Contains("can't help with passwords", redirect.Text);
        Assert.Contains("nothing in progress to cancel", (await chat.Say("cancel")).Text);
    }
}
