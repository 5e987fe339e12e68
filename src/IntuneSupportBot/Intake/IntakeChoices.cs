using IntuneSupportBot.BotFramework.Dialogs;
using IntuneSupportBot.Knowledge;
using IntuneSupportBot.Localization;
using Microsoft.Extensions.Localization;

namespace IntuneSupportBot.Intake;

/// <summary>The buttons offered with each question, labelled in the user's language; values are stable codes.</summary>
public sealed class IntakeChoices(IStringLocalizer<Messages> text)
{
    public const string Unsure = "unsure";
    public const string None = "none";
    public const string NoScreenshot = "skip";
    public const string OtherDevice = "other";
    public const string FewPeople = "few";
    public const string ManyPeople = "many";
    public const string JustMe = "single";

    private static readonly DevicePlatform[] Platforms = [DevicePlatform.Windows, DevicePlatform.Ios, DevicePlatform.Android, DevicePlatform.Macos];

    private static readonly Dictionary<DevicePlatform, EnrollmentMethod[]> MethodsByPlatform = new()
    {
        [DevicePlatform.Windows] = [EnrollmentMethod.Autopilot, EnrollmentMethod.AutomaticMdm, EnrollmentMethod.CompanyPortal, EnrollmentMethod.CoManagement, EnrollmentMethod.BulkEnrollment],
        [DevicePlatform.Ios] = [EnrollmentMethod.CompanyPortal, EnrollmentMethod.Ade, EnrollmentMethod.UserEnrollment],
        [DevicePlatform.Android] = [EnrollmentMethod.AndroidWorkProfile, EnrollmentMethod.AndroidFullyManaged, EnrollmentMethod.AndroidCorporateWorkProfile, EnrollmentMethod.AndroidDedicated, EnrollmentMethod.CompanyPortal],
        [DevicePlatform.Macos] = [EnrollmentMethod.CompanyPortal, EnrollmentMethod.Ade],
    };

    public IReadOnlyList<Choice> Platform() =>
        [.. Platforms.Select(platform => new Choice(CatalogVocabulary.Name(platform), PlatformName(platform), PlatformSynonyms(platform)))];

    public IReadOnlyList<Choice> Method(DevicePlatform platform) =>
    [
        .. MethodsByPlatform.GetValueOrDefault(platform, []).Select(method => new Choice(CatalogVocabulary.Name(method), MethodName(method))),
        new(Unsure, text["ChoiceUnsure"], ["not sure", "don't know", "dont know", "idk", "모름", "몰라요", "잘 모르겠어요"]),
    ];

    public IReadOnlyList<Choice> Scope() =>
    [
        new(JustMe, text["ScopeJustMe"], ["just me", "only me", "저만", "나만", "저 혼자", "저 한 명"]),
        new(FewPeople, text["ScopeFew"], ["a few", "few", "several", "몇 명", "몇몇", "여러 명"]),
        new(ManyPeople, text["ScopeMany"], ["many", "everyone", "whole team", "lots", "많아요", "전체", "팀 전체", "다수"]),
    ];

    public IReadOnlyList<Choice> Error() =>
        [new(None, text["ErrorNone"], ["none", "no error", "no code", "nothing", "없어요", "없음", "없습니다", "안 보여요", "오류 없음"])];

    public IReadOnlyList<Choice> Screenshots() =>
        [new(NoScreenshot, text["ChoiceSkip"], ["skip", "no", "none", "no screenshot", "건너뛰기", "없어요", "없음", "아니요"])];

    public IReadOnlyList<Choice> Device(IReadOnlyList<KnownDevice> devices) =>
        [.. devices.Select(device => new Choice(device.Id, device.Name)), new(OtherDevice, text["DeviceOther"], ["another", "other", "another device", "다른 기기", "다른 기기예요"])];

    public IReadOnlyList<Choice> WhichIssue(IReadOnlyList<KnownIssue> candidates, string language) =>
        [.. candidates.Select(issue => new Choice(issue.Id, issue.Title.For(language))), new(Unsure, text["ChoiceUnsure"], ["not sure", "don't know", "idk", "모름", "잘 모르겠어요"])];

    /// <summary>The button sends its own label, so a Korean user's chat shows "네", not "yes".</summary>
    public IReadOnlyList<Choice> YesNo() => [new(text["ChoiceYes"], text["ChoiceYes"]), new(text["ChoiceNo"], text["ChoiceNo"])];

    public string PlatformName(DevicePlatform platform) => text[$"Platform_{CatalogVocabulary.Name(platform)}"];

    public string MethodName(EnrollmentMethod method) => text[$"Method_{CatalogVocabulary.Name(method)}"];

    private static IReadOnlyList<string> PlatformSynonyms(DevicePlatform platform) => platform switch
    {
        DevicePlatform.Windows => ["windows", "win", "pc", "laptop", "윈도우", "윈도", "노트북", "컴퓨터"],
        DevicePlatform.Ios => ["ios", "ipados", "iphone", "ipad", "아이폰", "아이패드"],
        DevicePlatform.Android => ["android", "galaxy", "안드로이드", "갤럭시"],
        _ => ["mac", "macos", "macbook", "맥", "맥북"],
    };
}
