using GraphApi.Requests;

namespace GraphApi.Tests;

public sealed class RequestStatusTransitionsTests
{
    private static readonly (RequestStatus From, RequestStatus To)[] AllowedPairs =
    [
        (RequestStatus.New, RequestStatus.Triaged),
        (RequestStatus.New, RequestStatus.Declined),
        (RequestStatus.Triaged, RequestStatus.InProgress),
        (RequestStatus.Triaged, RequestStatus.Declined),
        (RequestStatus.InProgress, RequestStatus.WaitingOnCustomer),
        (RequestStatus.InProgress, RequestStatus.Resolved),
        (RequestStatus.WaitingOnCustomer, RequestStatus.InProgress),
        (RequestStatus.WaitingOnCustomer, RequestStatus.Resolved),
        (RequestStatus.Resolved, RequestStatus.Closed),
        (RequestStatus.Resolved, RequestStatus.InProgress),
    ];

    public static TheoryData<RequestStatus, RequestStatus> Allowed()
    {
        var data = new TheoryData<RequestStatus, RequestStatus>();
        foreach (var (from, to) in AllowedPairs)
        {
            data.Add(from, to);
        }

        return data;
    }

    public static TheoryData<RequestStatus, RequestStatus> Refused()
    {
        var data = new TheoryData<RequestStatus, RequestStatus>();
        foreach (var from in Enum.GetValues<RequestStatus>())
        {
            foreach (var to in Enum.GetValues<RequestStatus>())
            {
                if (!AllowedPairs.Contains((from, to)))
                {
                    data.Add(from, to);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Allowed))]
    public void Allowed_transition_changes_status_and_version(RequestStatus from, RequestStatus to)
    {
        var request = new Request { Number = Request.FormatNumber(1), Title = "VPN drops", Status = from, Version = 3 };

        var error = request.ChangeStatus(to, new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc));

        Assert.Null(error);
        Assert.Equal(to, request.Status);
        Assert.Equal(4, request.Version);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void Refused_transition_is_INVALID_TRANSITION_and_changes_nothing(RequestStatus from, RequestStatus to)
    {
        var request = new Request { Number = Request.FormatNumber(1), Title = "VPN drops", Status = from, Version = 3 };

        var error = request.ChangeStatus(to, DateTime.UtcNow);

        Assert.Equal("INVALID_TRANSITION", error?.Code);
        Assert.Equal(from, request.Status);
        Assert.Equal(3, request.Version);
        Assert.Null(request.ResolvedAt);
        Assert.Null(request.ClosedAt);
    }

    [Fact]
    public void Resolving_stamps_resolved_at_and_reopening_clears_it()
    {
        var now = new DateTime(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);
        var request = new Request { Number = "REQ-000001", Title = "Printer", Status = RequestStatus.InProgress };

        Assert.Null(request.ChangeStatus(RequestStatus.Resolved, now));
        Assert.Equal(now, request.ResolvedAt);
        Assert.Null(request.ChangeStatus(RequestStatus.InProgress, now.AddHours(1)));
        Assert.Null(request.ResolvedAt);
    }

    [Fact]
    public void Number_has_six_digits() => Assert.Equal("REQ-000123", Request.FormatNumber(123));
}
