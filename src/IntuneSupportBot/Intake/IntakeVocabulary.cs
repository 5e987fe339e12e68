using IntuneSupportBot.Knowledge;

namespace IntuneSupportBot.Intake;

/// <summary>The words people use for platforms and enrollment methods, in English and Korean.</summary>
internal static class IntakeVocabulary
{
    public static readonly (DevicePlatform Platform, PhraseSet Phrases)[] Platforms =
    [
        (DevicePlatform.Windows, new("windows", "win10", "win11", "win 10", "win 11", "윈도우", "윈도")),
        (DevicePlatform.Ios, new("ios", "ipados", "iphone", "iphones", "ipad", "ipads", "아이폰", "아이패드", "아이오에스")),
        (DevicePlatform.Android, new("android", "galaxy", "samsung", "pixel", "knox", "zebra", "안드로이드", "갤럭시", "갤탭", "삼성폰", "픽셀폰")),
        (DevicePlatform.Macos, new("macos", "mac os", "macbook", "macbooks", "imac", "mac mini", "mac studio", "os x", "맥북", "아이맥", "맥os", "맥에서", "맥미니")),
    ];

    /// <summary>Device words that in an office almost always mean a Windows PC, used only when nothing else says.</summary>
    public static readonly PhraseSet WindowsHints = new("laptop", "pc", "desktop", "notebook", "surface", "thinkpad", "노트북", "데스크톱", "데스크탑", "컴퓨터");

    /// <summary>Checked in this order: the more specific method wins when a message names two.</summary>
    public static readonly (EnrollmentMethod Method, PhraseSet Phrases)[] Methods =
    [
        (EnrollmentMethod.CoManagement, new("co-management", "comanagement", "co-managed", "configmgr", "sccm", "configuration manager", "mecm", "공동 관리")),
        (EnrollmentMethod.BulkEnrollment, new("provisioning package", "bulk enrollment", "bulk enroll", "ppkg", "windows configuration designer", "프로비저닝 패키지", "대량 등록")),
        (EnrollmentMethod.AndroidCorporateWorkProfile, new("corporate-owned work profile", "corporate owned work profile", "corporate work profile", "company-owned work profile", "cope", "회사 소유 업무용 프로필", "회사 소유 작업 프로필")),
        (EnrollmentMethod.AndroidDedicated, new("dedicated device", "dedicated devices", "dedicated android", "android dedicated", "전용 기기", "전용 단말")),
        (EnrollmentMethod.AndroidFullyManaged, new("fully managed", "fully-managed", "zero-touch", "zero touch", "afw#setup", "qr code enrollment", "완전 관리", "제로 터치", "제로터치")),
        (EnrollmentMethod.AndroidWorkProfile, new("work profile", "personally-owned work profile", "업무용 프로필", "작업 프로필", "업무 프로필", "워크 프로필")),
        (EnrollmentMethod.UserEnrollment, new("user enrollment", "account driven", "account-driven", "managed apple id", "사용자 등록", "관리형 apple id", "관리형 애플 id", "계정 기반 등록")),
        (EnrollmentMethod.Ade, new("ade", "dep", "apple business manager", "abm", "automated device enrollment", "apple school manager", "remote management screen", "자동 기기 등록", "자동 장치 등록", "애플 비즈니스 매니저", "원격 관리")),
        (EnrollmentMethod.Autopilot, new("autopilot", "auto pilot", "auto-pilot", "pre-provisioning", "preprovisioning", "white glove", "self-deploying", "self deploying", "오토파일럿", "오토 파일럿", "사전 프로비저닝")),
        (EnrollmentMethod.AutomaticMdm, new("access work or school", "set up for work or school", "setup for work or school", "auto-enrollment", "auto enrollment", "automatic enrollment", "automatic mdm", "auto enroll", "entra join", "entra id join", "azure ad join", "aad join", "회사 또는 학교 액세스", "회사 또는 학교 계정", "직장 또는 학교", "회사 또는 학교용으로 설정", "자동 등록", "엔트라 조인")),
        (EnrollmentMethod.CompanyPortal, new("company portal", "companyportal", "comp portal", "portal app", "회사 포털", "회사포탈", "회사 포탈", "컴퍼니 포털")),
    ];

    public static readonly PhraseSet Enrollment = new(
        "enroll", "enrol", "enrolled", "enrolling", "enrollment", "enrolment", "enrollments", "intune", "mdm",
        "management profile", "device management", "register my device", "device registration", "join this device",
        "등록", "인튠", "관리 프로필", "구성 프로필", "프로필 설치", "구성을 다운로드", "장치 관리", "기기 관리");

    public static readonly (OutOfScopeTopic Topic, PhraseSet Phrases)[] OutOfScopeTopics =
    [
        (OutOfScopeTopic.Password, new("password reset", "reset my password", "reset password", "forgot my password", "forgot password", "forgotten password", "password expired", "change my password", "locked out", "account locked", "unlock my account", "비밀번호 초기화", "비밀번호를 잊", "비밀번호 잊", "비밀번호 재설정", "비밀번호 변경", "비밀번호를 변경", "비번 초기화", "비번을 잊", "비번 잊", "암호 재설정", "암호 초기화", "계정 잠김", "계정이 잠", "비밀번호 만료", "비밀번호가 만료")),
        (OutOfScopeTopic.Email, new("outlook", "email", "e-mail", "mailbox", "inbox", "mail", "exchange online", "아웃룩", "메일")),
        (OutOfScopeTopic.Printer, new("printer", "printing", "print", "프린터", "인쇄", "복합기", "프린트")),
        (OutOfScopeTopic.Vpn, new("vpn", "globalprotect", "anyconnect", "브이피엔")),
    ];
}
