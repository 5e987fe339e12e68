using System.Text.RegularExpressions;

namespace IntuneSupportBot.Intake;

/// <summary>The words people use for how many are affected and for why it cannot wait, in English and Korean.</summary>
internal static partial class ScopeAndUrgencyVocabulary
{
    /// <summary>Phrases that mean many, with a rough lower bound of how many.</summary>
    public static readonly (int Estimate, PhraseSet Phrases)[] Many =
    [
        (100, new("entire company", "whole company", "company-wide", "companywide", "all employees", "all staff", "everyone in the company", "all stores", "every store", "전 직원", "전직원", "전사", "전체 직원", "모든 직원", "전 매장", "모든 매장", "회사 전체")),
        (30, new("whole floor", "entire floor", "the floor", "whole office", "entire office", "whole department", "entire department", "whole building", "층 전체", "부서 전체", "사무실 전체", "본부 전체", "층 직원")),
        (10, new("whole team", "entire team", "our team", "all of us", "everyone", "everybody", "nobody can", "no one can", "all users", "all devices", "all our devices", "all the devices", "all laptops", "all the laptops", "all new laptops", "all ipads", "all phones", "팀 전체", "팀원 전부", "팀원 모두", "팀원들", "우리 팀 모두", "모든 사용자", "모든 기기", "모든 단말", "단말 전체", "기기 전체", "아무도")),
        (3, new("multiple users", "multiple devices", "multiple people", "several users", "several devices", "several people", "many users", "many devices", "many people", "lots of users", "lots of devices", "a lot of users", "a few users", "a few of us", "여러 명", "여러 대", "여러 사람", "여러 직원", "다수", "몇몇", "몇 명", "몇 대")),
    ];

    public static readonly PhraseSet Single = new(
        "only me", "just me", "only my", "only mine", "only for me", "only on my", "just my", "only one", "just one",
        "나만", "저만", "저 혼자", "나 혼자", "제 것만", "한 대만", "한 명만", "하나만", "제 노트북만", "제 폰만");

    public static readonly (UrgencySignal Signal, PhraseSet Phrases)[] Urgency =
    [
        (UrgencySignal.Executive, new("ceo", "cfo", "cto", "coo", "cio", "vp", "svp", "evp", "executive", "executives", "exec", "c-level", "c-suite", "board member", "chairman", "president", "managing director", "임원", "대표님", "대표이사", "대표가", "대표께서", "사장님", "부사장", "회장님", "전무", "상무님", "본부장님")),
        (UrgencySignal.GoLiveToday, new("go-live", "go live", "golive", "going live", "cutover", "launch today", "launching today", "opening today", "opens today", "live today", "오늘 오픈", "오늘 런칭", "오늘 론칭", "오늘 개점", "오픈 당일", "오늘부터 운영", "오늘 개통", "오늘 가동")),
        (UrgencySignal.RolloutWaveBlocked, new("wave", "rollout", "roll-out", "deployment wave", "pilot group", "웨이브", "롤아웃", "배포 차수", "차 배포", "배포 일정", "차수 배포")),
        (UrgencySignal.ProductionDown, new("production", "prod devices", "store devices", "pos", "point of sale", "scanners", "production line", "shop floor", "warehouse", "매장 단말", "매장 기기", "매장", "운영 중단", "업무 중단", "생산 라인", "라인 중단", "공장", "영업 중단", "영업을 못")),
    ];

    // "30 devices", "12 users", "30대", "20명", "20여 명"; "Windows 11 PCs" and "iOS 17" are versions, not counts.
    [GeneratedRegex(
        @"(?<!(?:windows|win|ios|ipados|android|macos|version|버전)\s?)(?<![\d.])(?<count>\d{1,5})\s?\+?\s?(?:여\s?)?(?:명|대|인|(?:devices?|pcs?|laptops?|computers?|machines?|users?|people|persons|employees|staff|colleagues|coworkers|tablets?|phones?|ipads?|iphones?|macs?|macbooks?|stores?|terminals?)(?![a-z]))",
        RegexOptions.CultureInvariant)]
    public static partial Regex CountPattern();
}
