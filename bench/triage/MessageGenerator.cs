using System.Text.Json;

namespace IntuneSupportBot.Bench.Triage;

/// <summary>Messy, realistic first messages (both languages, codes in odd forms, scope and urgency words).</summary>
internal static class MessageGenerator
{
    private static readonly string[] Devices =
        ["my new laptop", "노트북", "아이패드", "iPhone 15", "갤럭시 S24", "맥북 프로", "Surface", "PC", "Galaxy Tab", "ｉＰａｄ"];

    private static readonly string[] Codes =
        ["0x80180014", "80180014", "0X801C0003", "0x8018 000a", "-2145910764", "2149056532", "０ｘ８０１８００１４", "0x8018\u200B002a", "0x80cf0437", "0x87d1fde8", "", "", ""];

    private static readonly string[] Bodies =
    [
        "Autopilot fails with {code} on {device}",
        "{device}에서 등록하면 {code} 오류가 나요 ㅠㅠ",
        "회사 포털에서 기기를 등록할 수 없습니다 라고 나와요 {device}",
        "Access work or school → Something went wrong {code}",
        "설정 > 계정 > 회사 또는 학교 액세스 에서 연결하니 '조직에서 이 버전의 Windows를 지원하지 않습니다' {code}",
        "Company Portal says Couldn't register your device on {device}",
        "업무용 프로필 만들 때 암호화가 필요합니다 라고 나와요 {device}",
        "Profile Installation Failed. A Network Error Has Occurred. {device}",
        "DEP {device}, no Remote Management screen during setup {code}",
        "The device is already enrolled 오류 {code} {device}",
        "help!! {device} 등록이 안돼요 😭😭",
        "I forgot my password",
        "아웃룩 메일이 안 와요",
        "SCCM co-management {code}, user canceled the operation",
        "비밀번호는 abc123! 인데 {device} 로그인이 안 돼요 {code}",
    ];

    private static readonly string[] Tails =
        ["", "", "", " whole floor can't enroll", " 우리 팀 전체가 안 돼요", " 30 devices", " 20명", " CEO is waiting", " 오늘 오픈인데요", " rollout wave 2 blocked", " 매장 단말 전체 중단", " only me"];

    public static IEnumerable<string> Generate(int count, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var message = Bodies[random.Next(Bodies.Length)]
                .Replace("{code}", Codes[random.Next(Codes.Length)], StringComparison.Ordinal)
                .Replace("{device}", Devices[random.Next(Devices.Length)], StringComparison.Ordinal)
                + Tails[random.Next(Tails.Length)];
            var followUps = random.Next(4) == 0 ? new[] { "아이폰이에요", "since this morning" } : null;
            yield return JsonSerializer.Serialize(new BenchLine($"m{i}", message, random.Next(2) == 0 ? "ko-KR" : "en-US", followUps), BenchJsonContext.Default.BenchLine);
        }
    }
}
