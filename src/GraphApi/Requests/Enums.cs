namespace GraphApi.Requests;

public enum RequestStatus { New, Triaged, InProgress, WaitingOnCustomer, Resolved, Closed, Declined }

public enum RequestPriority { Low, Medium, High, Critical }

public enum RequestDecision { Accepted, Declined, Deferred, AlreadyAvailable }
