namespace IntuneSupportBot.Tests.Conversations;

/// <summary>Intake transcripts in Korean (a ko-KR Teams client) through the real host.</summary>
public sealed class KoreanIntakeTests : ChatHost
{
    [Fact]
    public async Task 첫_메시지에_모든_내용이_있으면_바로_요약을_보여_주고_네로_접수된다()
    {
        var chat = Korean();

        var summary = await chat.Say("윈도우 노트북 오토파일럿 중에 0x801c03ea 오류가 나요. 저만 그래요");

        Assert.NotNull(summary.Card);
        Assert.Contains("등록 문제 요약", summary.Text);
        Assert.Contains("Autopilot(새 PC 설정)", summary.Text);
        Assert.Contains("저만 그래요", summary.Text);
        Assert.Contains("티켓 번호는 INT-", (await chat.Say("네")).Text);
    }

    [Fact]
    public async Task 단계별로_빠진_내용만_하나씩_묻는다()
    {
        var chat = Korean();

        Assert.Contains("화면에 어떤 오류가 표시되나요?", (await chat.Say("아이패드에서 구성을 다운로드할 수 없습니다")).Text);
        var method = await chat.Say("오류가 안 보여요");
        Assert.Contains("어떤 방법으로 등록하고 계신가요?", method.Text);
        Assert.Contains("회사 포털 앱", method.Buttons);
        Assert.Contains("얼마나 되나요?", (await chat.Say("회사 포털 앱")).Text);
        var summary = await chat.Say("몇 명이 그래요");
        Assert.NotNull(summary.Card);
        Assert.Contains("iPhone·iPad", summary.Text);
        Assert.Contains("이 채팅으로 연락드릴 예정이에요", (await chat.Say("네")).Text);
    }

    [Fact]
    public async Task 취소하면_접수된_것이_없다고_알려_준다()
    {
        var chat = Korean();
        await chat.Say("노트북 등록이 안 돼요");

        Assert.Contains("접수된 내용은 없어요", (await chat.Say("취소")).Text);
        Assert.Contains("진행 중인 티켓이 없습니다", (await chat.Say("상태")).Text);
    }

    [Fact]
    public async Task 잘못된_답은_다시_묻고_세_번째에는_넘어간다()
    {
        var chat = Korean();
        await chat.Say("노트북 등록이 안 돼요");

        Assert.Contains("죄송해요, 잘 이해하지 못했어요.", (await chat.Say("냉장고")).Text);
        Assert.Contains("죄송해요, 잘 이해하지 못했어요.", (await chat.Say("토스터")).Text);
        var skipped = await chat.Say("???");

        Assert.Contains("이 항목은 일단 넘어갈게요", skipped.Text);
        Assert.Contains("화면에 어떤 오류가 표시되나요?", skipped.Text);
    }

    [Fact]
    public async Task 디렉터리의_최근_등록_실패_기기를_먼저_확인한다()
    {
        var chat = Korean(Chat.Minjun);

        var question = await chat.Say("회사 포털에서 등록이 안 돼요");

        Assert.Contains("Galaxy S24 기기의 등록 실패 기록이 있어요", question.Text);
        Assert.Contains("09:12", question.Text);
        Assert.Equal(["네", "아니요"], question.Buttons);
        Assert.Contains("화면에 어떤 오류가 표시되나요?", (await chat.Say("네")).Text);
        await chat.Say("오류가 안 보여요");
        var summary = await chat.Say("저만 그래요");
        Assert.Contains("Android", summary.Text);
        Assert.Contains("Galaxy S24", summary.Text);
        Assert.Contains("2026-11-24 09:12 (+09:00)", summary.Text);
    }

    [Fact]
    public async Task 실패_기록과_다른_플랫폼이면_관리_기기_목록에서_고르게_한다()
    {
        var chat = Korean(Chat.Minjun);

        var devices = await chat.Say("윈도우 노트북이 회사 포털에서 등록이 안 돼요. 0x80180003 오류가 떠요, 저만 그래요");

        Assert.Contains("어느 기기에서 생긴 문제인가요?", devices.Text);
        Assert.Equal(["김민준_Galaxy S24", "MINJUN-LT-0412", "다른 기기예요"], devices.Buttons);
        var summary = await chat.Say("MINJUN-LT-0412");
        Assert.Contains("MINJUN-LT-0412", summary.Text);
    }
}
