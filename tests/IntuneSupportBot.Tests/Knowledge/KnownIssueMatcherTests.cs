using IntuneSupportBot.Knowledge;

namespace IntuneSupportBot.Tests.Knowledge;

public sealed class KnownIssueMatcherTests
{
    private readonly KnownIssueMatcher matcher = TestCatalog.Matcher();

    [Fact]
    public void An_ambiguous_code_with_nothing_else_asks_which_of_the_three_causes_it_is()
    {
        var result = matcher.Match(Query("0x80180014", ["0x80180014"], DevicePlatform.Windows));

        Assert.Equal(KnownIssueMatchOutcome.NeedsDisambiguation, result.Outcome);
        Assert.Null(result.Best);
        Assert.Equal(
            ["win-autopilot-redeploy-80180014", "win-oobe-personal-blocked-80180014", "win-platform-blocked-80180014"],
            result.AmbiguousCandidates.Select(issue => issue.Id).Order(StringComparer.Ordinal));
        Assert.Contains("Windows enrollment is blocked by a platform restriction", result.DisambiguationOptions("en"));
        Assert.Contains("플랫폼 제한 정책으로 Windows 등록이 차단됨", result.DisambiguationOptions("ko"));
    }

    [Fact]
    public void The_answer_to_the_question_becomes_the_confident_match()
    {
        var result = matcher.Match(Query("0x80180014", ["0x80180014"], DevicePlatform.Windows));

        var chosen = result.Choose("win-oobe-personal-blocked-80180014");

        Assert.True(chosen.Confident);
        Assert.Equal("win-oobe-personal-blocked-80180014", chosen.Issue.Id);
        Assert.Throws<ArgumentException>(() => result.Choose("any-device-clock-wrong"));
    }

    [Theory]
    [InlineData("Your organization does not support this version of Windows", "win-platform-blocked-80180014")]
    [InlineData("조직에서 이 버전의 Windows를 지원하지 않습니다 라고 떠요", "win-platform-blocked-80180014")]
    [InlineData("it's a redeploy of a self-deploying device", "win-autopilot-redeploy-80180014")]
    [InlineData("Set up for work or school, then Something went wrong", "win-oobe-personal-blocked-80180014")]
    [InlineData("회사 또는 학교용으로 설정 했더니 문제가 발생했습니다", "win-oobe-personal-blocked-80180014")]
    public void The_message_text_breaks_the_tie_of_an_ambiguous_code(string text, string expected)
    {
        var result = matcher.Match(Query(text, ["0x80180014"], DevicePlatform.Windows));

        Assert.Equal(KnownIssueMatchOutcome.Confident, result.Outcome);
        Assert.Equal(expected, result.Best!.Issue.Id);
    }

    [Theory]
    [InlineData(EnrollmentMethod.Autopilot, "win-autopilot-redeploy-80180014")]
    [InlineData(EnrollmentMethod.AutomaticMdm, "win-oobe-personal-blocked-80180014")]
    public void The_enrollment_method_breaks_the_tie_of_an_ambiguous_code(EnrollmentMethod method, string expected)
    {
        var result = matcher.Match(Query("error 0x80180014", ["0x80180014"], DevicePlatform.Windows, method));

        Assert.Equal(expected, result.Best?.Issue.Id);
        Assert.True(result.Ranked[0].Score - result.Ranked[1].Score >= KnownIssueMatcher.DecisiveMargin);
    }

    [Fact]
    public void A_code_only_one_entry_has_is_confident_without_any_text()
    {
        var result = matcher.Match(Query("", ["0x80180015"], DevicePlatform.Unknown));

        Assert.Equal("win-platform-blocked-80180014", result.Best?.Issue.Id);
        Assert.True(result.Best!.CodeMatched);
    }

    [Fact]
    public void Exact_code_outweighs_keywords_of_another_entry()
    {
        var result = matcher.Match(Query("The device is already enrolled? no: 0x80cf0437", ["0x80cf0437"], DevicePlatform.Windows));

        Assert.Equal("any-device-clock-wrong", result.Best?.Issue.Id);
    }

    [Theory]
    [InlineData("암호화가 필요합니다 라는 메시지", "android-work-profile-encryption-required")]
    [InlineData("ENCRYPTION   REQUIRED!!", "android-work-profile-encryption-required")]
    [InlineData("업무용프로필 만들 때 암호 화가 필요 합니다", "android-work-profile-encryption-required")]
    [InlineData("Couldnt register your device", "any-intune-device-limit-reached")]
    public void Keywords_match_in_either_language_regardless_of_case_spacing_and_punctuation(string text, string expected)
    {
        var result = matcher.Match(Query(text, [], DevicePlatform.Android, EnrollmentMethod.Unknown));

        Assert.Equal(expected, result.Best?.Issue.Id);
    }

    [Fact]
    public void A_windows_code_reported_from_an_android_phone_is_no_confident_match()
    {
        var result = matcher.Match(Query("0x80180014", ["0x80180014"], DevicePlatform.Android, EnrollmentMethod.AndroidWorkProfile));

        Assert.Equal(KnownIssueMatchOutcome.Weak, result.Outcome);
        Assert.Null(result.Best);
        Assert.NotEmpty(result.Ranked);
    }

    [Fact]
    public void A_keyword_of_another_platform_does_not_match()
    {
        var result = matcher.Match(Query("관리 프로필 승인이 안 돼요", [], DevicePlatform.Ios));

        Assert.DoesNotContain(result.Ranked, match => match.Issue.Id == "mac-management-profile-not-approved");
    }

    [Fact]
    public void A_weak_generic_keyword_alone_is_not_a_confident_match()
    {
        var result = matcher.Match(Query("the clock", [], DevicePlatform.Unknown));

        Assert.Equal(KnownIssueMatchOutcome.Weak, result.Outcome);
        Assert.Equal("any-device-clock-wrong", result.Ranked[0].Issue.Id);
    }

    [Fact]
    public void A_code_the_catalog_does_not_know_contradicts_entries_with_other_codes()
    {
        var result = matcher.Match(Query("Something went wrong", ["0x87d1fde8"], DevicePlatform.Windows));

        Assert.Null(result.Best);
    }

    [Fact]
    public void A_message_about_nothing_known_has_no_match()
    {
        var result = matcher.Match(Query("점심 메뉴 추천해 주세요", [], DevicePlatform.Unknown));

        Assert.Equal(KnownIssueMatchOutcome.NoMatch, result.Outcome);
        Assert.Empty(result.Ranked);
    }

    private static KnownIssueQuery Query(string text, string[] codes, DevicePlatform platform, EnrollmentMethod method = EnrollmentMethod.Unknown) =>
        new(text, codes, platform, method);
}
