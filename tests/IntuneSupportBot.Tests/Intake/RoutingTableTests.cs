using IntuneSupportBot.Intake;
using IntuneSupportBot.Knowledge;
using IntuneSupportBot.Tests.Knowledge;

namespace IntuneSupportBot.Tests.Intake;

/// <summary>
/// Real-looking first messages, end to end through extractor, matcher and routing policy. Each row's expectation
/// reads: platform, method, known issue (or -), self-help, tier (or "redirect"), urgent, many affected or few.
/// </summary>
public sealed class RoutingTableTests
{
    private static readonly KnownIssueMatcher Matcher = TestCatalog.Matcher();
    private static readonly RoutingPolicy Policy = new(new RoutingOptions());

    public static TheoryData<string, string> Messages => new()
    {
        // The ambiguous 0x80180014: asked, or decided by text, method or platform.
        { "0x80180014 on my new laptop, whole floor can't enroll", "windows unknown - no-help tier3 calm many" },
        { "Autopilot fails with 0x80180014 on a reused laptop", "windows autopilot win-autopilot-redeploy-80180014 no-help tier2 calm few" },
        { "Access work or school에서 연결하면 80180014 오류가 나요", "windows automatic-mdm win-oobe-personal-blocked-80180014 no-help tier3 calm few" },
        { "Your organization does not support this version of Windows (0x80180014)", "windows unknown win-platform-blocked-80180014 no-help tier3 calm few" },
        { "설정 > 계정 > 회사 또는 학교 액세스 에서 연결하니 '조직에서 이 버전의 Windows를 지원하지 않습니다' 라고 나옵니다", "windows automatic-mdm win-platform-blocked-80180014 no-help tier3 calm few" },
        { "-2145910764 error during enrollment", "unknown unknown - no-help tier2 calm few" },
        { "2149056532 오류로 등록 실패, 오토파일럿 재배포 중입니다", "windows autopilot win-autopilot-redeploy-80180014 no-help tier2 calm few" },
        { "０ｘ８０１８００１４ 에러요 ㅠㅠ 노트북 새로 받았는데", "windows unknown - no-help tier2 calm few" },
        { "0x8018\u200B0014 when I set up for work or school in OOBE", "windows automatic-mdm win-oobe-personal-blocked-80180014 no-help tier3 calm few" },
        { "Set up for work or school → Something went wrong 80180014 ㅠㅠ 신입 노트북", "windows automatic-mdm win-oobe-personal-blocked-80180014 no-help tier3 calm few" },
        { "80180014 on a self-deploying device we redeploy", "windows autopilot win-autopilot-redeploy-80180014 no-help tier2 calm few" },
        { "Autopilot 장치인데 등록 오류 0x 8018 0014 (재배포)", "windows autopilot win-autopilot-redeploy-80180014 no-help tier2 calm few" },
        { "에러코드 ８０１８００１４ 가 떠요, 사전 프로비저닝 하다가", "windows autopilot win-autopilot-redeploy-80180014 no-help tier2 calm few" },
        { "HRESULT 0x80180015", "unknown unknown win-platform-blocked-80180014 no-help tier3 calm few" },
        { "Android work profile can't be created, 0x80180014?", "android android-work-profile - no-help tier2 calm few" },

        // The two causes of 0x801c0003.
        { "ox801C0003 this user is not authorized to enroll", "unknown unknown win-not-authorized-80180003 self-help tier2 calm few" },
        { "801c0003 Something went wrong 뜨고 오토파일럿 멈춤", "windows autopilot win-entra-join-not-allowed-801c0003 no-help tier3 calm few" },
        { "0x801c0003 on my PC", "windows unknown - no-help tier2 calm few" },
        { "0x801C0003 - 우리 팀 전체가 등록이 안 됩니다", "unknown unknown - no-help tier3 calm many" },
        { "Windows Home edition, 'This user is not authorized to enroll' 80180003", "windows unknown win-not-authorized-80180003 self-help tier2 calm few" },
        { "password: Hunter2!! can't enroll laptop 0x80180003", "windows unknown win-not-authorized-80180003 self-help tier2 calm few" },
        { "이 사용자는 등록할 권한이 없습니다 라고 나와요 윈도우 노트북", "windows unknown win-not-authorized-80180003 self-help tier2 calm few" },

        // Self-help when one person can fix it alone; not when many are affected.
        { "The device is already enrolled 오류, 다른 사람이 쓰던 PC예요", "windows unknown win-already-enrolled-8018000a self-help tier1 calm few" },
        { "8018000a", "unknown unknown win-already-enrolled-8018000a self-help tier1 calm few" },
        { "8018000A 가 30대 PC에서 나와요", "windows unknown win-already-enrolled-8018000a no-help tier2 calm many" },
        { "<at>IntuneBot</at> 0x8018000a pls help 🙏🙏", "unknown unknown win-already-enrolled-8018000a self-help tier1 calm few" },
        { "회사 포털에서 기기를 등록할 수 없습니다 라고 나와요, 아이폰", "ios company-portal any-intune-device-limit-reached self-help tier1 calm few" },
        { "DeviceCapReached on Company Portal, galaxy s23", "android company-portal any-intune-device-limit-reached self-help tier1 calm few" },
        { "ｉＰｈｏｎｅ 회사포털 등록 중 DeviceCapReached", "ios company-portal any-intune-device-limit-reached self-help tier1 calm few" },
        { "only me, iPhone, Company Portal says Couldn't register your device", "ios company-portal any-intune-device-limit-reached self-help tier1 calm few" },
        { "iPad에서 'The new MDM payload does not match the old payload' 라고 떠요", "ios unknown ios-existing-management-profile self-help tier1 calm few" },
        { "Profile Installation Failed. A Network Error Has Occurred. iPhone 14", "ios unknown ios-profile-install-network-error no-help tier2 calm few" },
        { "갤럭시 업무용 프로필 만들 때 암호화가 필요합니다 라고 나와요", "android android-work-profile android-work-profile-encryption-required self-help tier1 calm few" },
        { "Galaxy Tab work profile says encryption required 😭😭😭", "android android-work-profile android-work-profile-encryption-required self-help tier1 calm few" },
        { "맥북 관리 프로필 승인이 안 돼요", "macos unknown mac-management-profile-not-approved self-help tier1 calm few" },
        { "MacBook Pro - management profile never installed, Profiles pane is empty", "macos unknown mac-management-profile-not-approved self-help tier1 calm few" },
        { "SCCM co-management 0x8018002A, user canceled the operation", "windows co-management comgmt-mfa-toast-ignored-8018002a self-help tier1 calm few" },
        { "2149056554 오류 공동 관리 기기입니다", "windows co-management comgmt-mfa-toast-ignored-8018002a self-help tier1 calm few" },
        { "0x80CF0437 on iPhone, date and time looks off", "ios unknown any-device-clock-wrong self-help tier1 calm few" },
        { "시간이 맞지 않는다고 인증서 오류가 나요 (Android)", "android unknown any-device-clock-wrong self-help tier1 calm few" },

        // Apple ADE.
        { "ABM에서 할당했는데 원격 관리 화면이 나오지 않아요, 아이패드 50대", "ios ade ios-ade-enrollment-not-starting no-help tier3 calm many" },
        { "DEP iPad, no Remote Management screen during setup", "ios ade ios-ade-enrollment-not-starting no-help tier3 calm few" },
        { "CFO iPad ADE stuck, no Remote Management screen", "ios ade ios-ade-enrollment-not-starting no-help tier3 urgent few" },

        // Urgency flags, never moves the tier.
        { "CEO's laptop: 0x80180014 during autopilot, go-live today!!", "windows autopilot win-autopilot-redeploy-80180014 no-help tier2 urgent few" },
        { "대표님 노트북 등록이 안 됩니다. 0x8018000a", "windows unknown win-already-enrolled-8018000a self-help tier1 urgent few" },
        { "오늘 오픈인데 매장 단말 전체가 등록이 안 돼요 (안드로이드 전용 기기)", "android android-dedicated - no-help tier3 urgent many" },
        { "Rollout wave 2 is blocked: 40 laptops stuck at 0x80180014 in Autopilot", "windows autopilot win-autopilot-redeploy-80180014 no-help tier2 urgent many" },
        { "pilot wave blocked, whole floor gets 'Your organization does not support this version of Windows'", "windows unknown win-platform-blocked-80180014 no-help tier3 urgent many" },
        { "30명 정도 되는 우리 팀 전체가 Autopilot에서 막혀요 ㅠ 오늘 오픈", "windows autopilot - no-help tier3 urgent many" },
        { "Zebra scanners in the warehouse are down, fully managed enrollment QR fails", "android android-fully-managed - no-help tier1 urgent few" },
        { "URGENT!!! ASAP!!! enrollment broken", "unknown unknown - no-help tier1 calm few" },

        // Unknown problems: vague, specific, wide.
        { "help", "unknown unknown - no-help tier1 calm few" },
        { "등록이 안돼요 ㅠ", "unknown unknown - no-help tier1 calm few" },
        { "아이패드에서 구성을 다운로드할 수 없습니다", "ios unknown - no-help tier1 calm few" },
        { "0x87D1FDE8 on 3 devices", "unknown unknown - no-help tier3 calm many" },
        { "0x87d1fde8", "unknown unknown - no-help tier2 calm few" },
        { "Error 0x80070774 during hybrid join autopilot", "windows autopilot - no-help tier2 calm few" },
        { "Knox 활성화 실패 on 갤럭시 20대", "android unknown - no-help tier3 calm many" },
        { "everyone on the team can't enroll their iPhones in Company Portal", "ios company-portal - no-help tier3 calm many" },
        { "Can't enroll because my password expired", "unknown unknown - no-help tier1 calm few" },
        { "비밀번호는 abc123! 인데 회사 포털 로그인이 안 돼요", "unknown company-portal - no-help tier1 calm few" },
        { "제 주민번호 900101-1234567 인데 등록이 안 돼요", "unknown unknown - no-help tier1 calm few" },
        { "my whole team (12 people) gets \"Something went wrong\" after setup for work or school", "windows automatic-mdm win-oobe-personal-blocked-80180014 no-help tier3 calm many" },

        // Not enrollment: a polite redirect, no ticket.
        { "I forgot my password", "unknown unknown - no-help redirect calm few" },
        { "비밀번호 초기화 부탁드립니다", "unknown unknown - no-help redirect calm few" },
        { "아웃룩 메일이 안 와요", "unknown unknown - no-help redirect calm few" },
        { "Outlook keeps asking for my password on my iPhone", "ios unknown - no-help redirect calm few" },
        { "프린터 연결이 안 돼요", "unknown unknown - no-help redirect calm few" },
        { "VPN won't connect from home", "unknown unknown - no-help redirect calm few" },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void Message_is_routed_as_expected(string message, string expected)
    {
        var report = ReportExtractor.Extract(message);
        var decision = Policy.Route(report, Matcher.Match(report.ToKnownIssueQuery()));

        var actual = string.Join(' ',
            CatalogVocabulary.Name(report.Platform),
            CatalogVocabulary.Name(report.Method),
            decision.KnownIssue?.Id ?? "-",
            decision.SelfHelpOffered ? "self-help" : "no-help",
            decision.Tier is { } tier ? $"tier{tier}" : "redirect",
            decision.Urgent ? "urgent" : "calm",
            decision.ManyAffected ? "many" : "few");
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void The_table_has_at_least_sixty_messages_in_both_languages()
    {
        var messages = Messages.Select(row => (string)row[0]).ToList();

        Assert.True(messages.Count >= 60, $"{messages.Count} messages");
        Assert.True(messages.Count(message => message.Any(c => c is >= '\uAC00' and <= '\uD7A3')) >= 20);
    }
}
