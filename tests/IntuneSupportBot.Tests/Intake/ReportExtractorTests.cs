using IntuneSupportBot.Intake;
using IntuneSupportBot.Knowledge;

namespace IntuneSupportBot.Tests.Intake;

public sealed class ReportExtractorTests
{
    [Theory]
    [InlineData("error 0x80180014", "0x80180014")]
    [InlineData("ERROR 0X801C0003", "0x801c0003")]
    [InlineData("코드 80180014 가 떠요", "0x80180014")]
    [InlineData("801C0003 뜸", "0x801c0003")]
    [InlineData("0x8018 0014", "0x80180014")]
    [InlineData("0x 80 18 00 14", "0x80180014")]
    [InlineData("8018 000a", "0x8018000a")]
    [InlineData("Ox80180014 (typed with the letter O)", "0x80180014")]
    [InlineData("에러 ０ｘ８０１８００１４", "0x80180014")]
    [InlineData("ｅｒｒｏｒ　８０１８００１４", "0x80180014")]
    [InlineData("0x8018\u200B0014", "0x80180014")]
    [InlineData("0x80\u200D18\u200C00\uFEFF14", "0x80180014")]
    [InlineData("\u202E0x80180014\u202C", "0x80180014")]
    [InlineData("event log: -2145910764", "0x80180014")]
    [InlineData("event log: 2149056532", "0x80180014")]
    [InlineData("HRESULT=-2147467259", "0x80004005")]
    [InlineData("0x80180014에러", "0x80180014")]
    public void An_error_code_in_any_common_form_is_normalised(string message, string expected)
    {
        Assert.Equal([expected], ReportExtractor.Extract(message).ErrorCodes);
    }

    [Theory]
    [InlineData("call me at 010-1234-5678")]
    [InlineData("serial 5CG1234XYZ, asset 20241234")]
    [InlineData("iOS 17.4.1, Windows 11 23H2")]
    [InlineData("ticket 1234567890")]
    [InlineData("serial C02XK1JHJG5H")]
    public void Numbers_that_are_not_error_codes_are_not_taken_for_codes(string message)
    {
        Assert.Empty(ReportExtractor.Extract(message).ErrorCodes);
    }

    [Fact]
    public void Several_codes_are_kept_once_each_in_order()
    {
        var report = ReportExtractor.Extract("first 0x801c0003, then 80180014, again 0x801C0003");

        Assert.Equal(["0x801c0003", "0x80180014"], report.ErrorCodes);
    }

    [Theory]
    [InlineData("아이패드에서 구성을 다운로드할 수 없습니다", DevicePlatform.Ios)]
    [InlineData("my iPadOS device", DevicePlatform.Ios)]
    [InlineData("iPhone 15 Pro", DevicePlatform.Ios)]
    [InlineData("갤럭시 S24 에서 안 돼요", DevicePlatform.Android)]
    [InlineData("Galaxy Tab", DevicePlatform.Android)]
    [InlineData("맥북 에어", DevicePlatform.Macos)]
    [InlineData("new MacBook Pro", DevicePlatform.Macos)]
    [InlineData("윈도우 11 노트북", DevicePlatform.Windows)]
    [InlineData("my new laptop", DevicePlatform.Windows)]
    [InlineData("Autopilot hangs", DevicePlatform.Windows)]
    [InlineData("업무용 프로필 생성 실패", DevicePlatform.Android)]
    [InlineData("BIOS update", DevicePlatform.Unknown)]
    [InlineData("the mac address changed", DevicePlatform.Unknown)]
    [InlineData("iPhone works but my laptop fails", DevicePlatform.Ios)]
    public void The_platform_is_read_from_device_and_method_words(string message, DevicePlatform expected)
    {
        Assert.Equal(expected, ReportExtractor.Extract(message).Platform);
    }

    [Theory]
    [InlineData("Autopilot 중 오류", EnrollmentMethod.Autopilot)]
    [InlineData("pre-provisioning fails", EnrollmentMethod.Autopilot)]
    [InlineData("Settings > Accounts > Access work or school", EnrollmentMethod.AutomaticMdm)]
    [InlineData("설정 > 계정 > 회사 또는 학교 액세스 에서 연결", EnrollmentMethod.AutomaticMdm)]
    [InlineData("회사 포털 앱에서 등록", EnrollmentMethod.CompanyPortal)]
    [InlineData("Company Portal on my laptop", EnrollmentMethod.CompanyPortal)]
    [InlineData("DEP iPads", EnrollmentMethod.Ade)]
    [InlineData("assigned in Apple Business Manager", EnrollmentMethod.Ade)]
    [InlineData("ABM 동기화", EnrollmentMethod.Ade)]
    [InlineData("account-driven user enrollment", EnrollmentMethod.UserEnrollment)]
    [InlineData("갤럭시 업무용 프로필", EnrollmentMethod.AndroidWorkProfile)]
    [InlineData("Company Portal says can't set up work profile on Galaxy", EnrollmentMethod.AndroidWorkProfile)]
    [InlineData("fully managed QR enrollment", EnrollmentMethod.AndroidFullyManaged)]
    [InlineData("dedicated devices in the store", EnrollmentMethod.AndroidDedicated)]
    [InlineData("corporate-owned work profile", EnrollmentMethod.AndroidCorporateWorkProfile)]
    [InlineData("SCCM client, co-management", EnrollmentMethod.CoManagement)]
    [InlineData("ConfigMgr 공동 관리", EnrollmentMethod.CoManagement)]
    [InlineData("provisioning package from Windows Configuration Designer", EnrollmentMethod.BulkEnrollment)]
    [InlineData("iPhone work profile", EnrollmentMethod.Unknown)]
    [InlineData("it made a mess", EnrollmentMethod.Unknown)]
    public void The_enrollment_method_is_read_in_the_catalog_vocabulary(string message, EnrollmentMethod expected)
    {
        Assert.Equal(expected, ReportExtractor.Extract(message).Method);
    }

    [Theory]
    [InlineData("whole floor can't enroll", ScopeKind.Many, 30)]
    [InlineData("전 직원이 등록을 못 하고 있어요", ScopeKind.Many, 100)]
    [InlineData("우리 팀 전체가 안 돼요", ScopeKind.Many, 10)]
    [InlineData("30 devices fail", ScopeKind.Many, 30)]
    [InlineData("30대 전부 실패", ScopeKind.Many, 30)]
    [InlineData("20여 명이 같은 오류", ScopeKind.Many, 20)]
    [InlineData("everyone on the team, about 45 laptops", ScopeKind.Many, 45)]
    [InlineData("only me", ScopeKind.Single, 1)]
    [InlineData("저만 안 돼요", ScopeKind.Single, 1)]
    [InlineData("2 laptops", ScopeKind.Single, 2)]
    [InlineData("my Windows 11 PC", ScopeKind.Unknown, null)]
    [InlineData("iOS 17 iPad", ScopeKind.Unknown, null)]
    public void The_scope_says_whether_many_are_affected_and_roughly_how_many(string message, ScopeKind kind, int? estimate)
    {
        var scope = ReportExtractor.Extract(message).Scope;

        Assert.Equal(kind, scope.Kind);
        Assert.Equal(estimate, scope.Estimate);
    }

    [Theory]
    [InlineData("our CEO can't enroll", UrgencySignal.Executive)]
    [InlineData("임원 노트북입니다", UrgencySignal.Executive)]
    [InlineData("대표님 아이패드", UrgencySignal.Executive)]
    [InlineData("go-live is today", UrgencySignal.GoLiveToday)]
    [InlineData("오늘 오픈인데요", UrgencySignal.GoLiveToday)]
    [InlineData("rollout wave 3 blocked", UrgencySignal.RolloutWaveBlocked)]
    [InlineData("2차 배포 막힘", UrgencySignal.RolloutWaveBlocked)]
    [InlineData("production devices down", UrgencySignal.ProductionDown)]
    [InlineData("매장 단말 전체 중단", UrgencySignal.ProductionDown)]
    public void Urgency_signals_are_recognised(string message, UrgencySignal expected)
    {
        Assert.Contains(expected, ReportExtractor.Extract(message).UrgencySignals);
    }

    [Theory]
    [InlineData("URGENT!!! ASAP")]
    [InlineData("급합니다 빨리 해주세요")]
    [InlineData("대표적인 오류 같아요")]
    public void Self_declared_urgency_is_not_an_urgency_signal(string message)
    {
        Assert.Empty(ReportExtractor.Extract(message).UrgencySignals);
    }

    [Fact]
    public void Quoted_screen_texts_are_kept_as_message_texts()
    {
        var report = ReportExtractor.Extract("It says \"Something went wrong\" and then “Try again later”, 「문제가 발생했습니다」 but don't worry");

        Assert.Equal(["Something went wrong", "Try again later", "문제가 발생했습니다"], report.MessageTexts);
    }

    [Fact]
    public void A_full_first_message_leaves_only_the_dialog_questions_missing()
    {
        var report = ReportExtractor.Extract("Autopilot on my laptop: 0x80180014, whole floor");

        Assert.Equal([IntakeField.StartedWhen, IntakeField.Device], report.Missing);
        var completed = report with { StartedWhen = "this morning", Device = "DESKTOP-1234" };
        Assert.Empty(completed.Missing);
    }

    [Fact]
    public void A_vague_message_misses_everything()
    {
        var report = ReportExtractor.Extract("도와주세요");

        Assert.Equal(
            [IntakeField.Platform, IntakeField.Method, IntakeField.Error, IntakeField.Scope, IntakeField.StartedWhen, IntakeField.Device],
            report.Missing);
        Assert.Equal("ko", report.Language);
    }

    [Fact]
    public void A_follow_up_fills_what_was_missing_and_keeps_what_was_said()
    {
        var first = ReportExtractor.Extract("회사 포털에서 등록이 안 돼요", "ko-KR");

        var report = ReportExtractor.Append(ReportExtractor.Append(first, "아이폰이에요. 오류는 0x80cf0437"), "팀원들도 다 그래요, 갤럭시도");

        Assert.Equal(DevicePlatform.Ios, report.Platform);
        Assert.Equal(EnrollmentMethod.CompanyPortal, report.Method);
        Assert.Equal(["0x80cf0437"], report.ErrorCodes);
        Assert.True(report.ManyAffected);
        Assert.Equal("ko", report.Language);
        Assert.Contains("아이폰이에요", report.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("I forgot my password", OutOfScopeTopic.Password)]
    [InlineData("비밀번호 초기화 해주세요", OutOfScopeTopic.Password)]
    [InlineData("Outlook won't sync", OutOfScopeTopic.Email)]
    [InlineData("아웃룩 메일이 안 와요", OutOfScopeTopic.Email)]
    [InlineData("프린터가 안 돼요", OutOfScopeTopic.Printer)]
    [InlineData("VPN 연결 끊김", OutOfScopeTopic.Vpn)]
    public void Out_of_scope_topics_are_recognised_in_both_languages(string message, OutOfScopeTopic expected)
    {
        var report = ReportExtractor.Extract(message);

        Assert.Equal(expected, report.OutOfScope);
        Assert.False(report.MentionsEnrollment);
    }

    [Fact]
    public void A_secret_in_the_message_never_reaches_the_report()
    {
        var report = ReportExtractor.Extract("비밀번호는 Sup3r!Secret 인데 0x80180014 가 나와요");

        Assert.DoesNotContain("Sup3r", report.Text, StringComparison.Ordinal);
        Assert.Equal([SensitiveDataKind.Password], report.Masked);
        Assert.Equal(["0x80180014"], report.ErrorCodes);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \t\n")]
    [InlineData("\uD800 lone surrogate \uDC00")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("😭😭😭😭😭😭😭😭😭😭😭😭")]
    public void Odd_input_gives_an_empty_report_instead_of_an_error(string message)
    {
        var report = ReportExtractor.Extract(message);

        Assert.Equal(DevicePlatform.Unknown, report.Platform);
        Assert.Empty(report.ErrorCodes);
    }
}
