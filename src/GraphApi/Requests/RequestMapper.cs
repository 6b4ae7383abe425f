using GraphApi.Api;
using Riok.Mapperly.Abstractions;

namespace GraphApi.Requests;

/// <summary>Request inputs to the entity; ids are decoded and checked by the mutations themselves.</summary>
[Mapper]
[UseStaticMapper(typeof(InputText))]
public static partial class RequestMapper
{
    /// <summary>A new request; <paramref name="number"/> is its number until the insert assigns the real one.</summary>
    [MapperIgnoreSource(nameof(CreateRequestInput.CustomerId))]
    [MapperIgnoreSource(nameof(CreateRequestInput.OwnerId))]
    [MapProperty(nameof(CreateRequestInput.Priority), nameof(Request.Priority), Use = nameof(PriorityOrMedium))]
    public static partial Request ToRequest(this CreateRequestInput input, string number);

    /// <summary>Applies the fields given; fields left out (null) stay as they are.</summary>
    [MapperIgnoreSource(nameof(UpdateRequestInput.RequestId))]
    [MapperIgnoreSource(nameof(UpdateRequestInput.ExpectedVersion))]
    [MapperIgnoreSource(nameof(UpdateRequestInput.OwnerId))]
    public static partial void ApplyTo(this UpdateRequestInput input, Request request);

    [UserMapping(Default = false)]
    private static RequestPriority PriorityOrMedium(RequestPriority? priority) => priority ?? RequestPriority.Medium;
}
