using GraphApi.Api;
using GraphApi.Requests;
using Riok.Mapperly.Abstractions;

namespace GraphApi.Integrations;

/// <summary>Connector inputs to requests and external references; the request's status only moves through its life cycle.</summary>
[Mapper]
[UseStaticMapper(typeof(InputText))]
public static partial class IntegrationMapper
{
    /// <summary>A new external reference; the request id is decoded by the mutation.</summary>
    [MapperIgnoreSource(nameof(LinkExternalReferenceInput.RequestId))]
    public static partial ExternalReference ToExternalReference(this LinkExternalReferenceInput input);

    /// <summary>The external reference of a request created from an external record.</summary>
    [MapperIgnoreSource(nameof(UpsertRequestFromExternalInput.CustomerId))]
    [MapperIgnoreSource(nameof(UpsertRequestFromExternalInput.Title))]
    [MapperIgnoreSource(nameof(UpsertRequestFromExternalInput.Description))]
    [MapperIgnoreSource(nameof(UpsertRequestFromExternalInput.BusinessImpact))]
    [MapperIgnoreSource(nameof(UpsertRequestFromExternalInput.Priority))]
    [MapperIgnoreSource(nameof(UpsertRequestFromExternalInput.Status))]
    [MapperIgnoreSource(nameof(UpsertRequestFromExternalInput.ExpectedVersion))]
    public static partial ExternalReference ToExternalReference(this UpsertRequestFromExternalInput input);

    /// <summary>A request created from an external record; <paramref name="number"/> is its number until the insert assigns the real one.</summary>
    [MapperIgnoreSource(nameof(UpsertRequestFromExternalInput.System))]
    [MapperIgnoreSource(nameof(UpsertRequestFromExternalInput.ExternalId))]
    [MapperIgnoreSource(nameof(UpsertRequestFromExternalInput.DisplayKey))]
    [MapperIgnoreSource(nameof(UpsertRequestFromExternalInput.Url))]
    [MapperIgnoreSource(nameof(UpsertRequestFromExternalInput.CustomerId))]
    [MapperIgnoreSource(nameof(UpsertRequestFromExternalInput.Status))]
    [MapperIgnoreSource(nameof(UpsertRequestFromExternalInput.ExpectedVersion))]
    public static partial Request ToRequest(this UpsertRequestFromExternalInput input, string number);

    /// <summary>Applies the fields given to the linked request; fields left out (null) stay as they are, the status is not touched.</summary>
    [MapperIgnoreSource(nameof(UpsertRequestFromExternalInput.System))]
    [MapperIgnoreSource(nameof(UpsertRequestFromExternalInput.ExternalId))]
    [MapperIgnoreSource(nameof(UpsertRequestFromExternalInput.DisplayKey))]
    [MapperIgnoreSource(nameof(UpsertRequestFromExternalInput.Url))]
    [MapperIgnoreSource(nameof(UpsertRequestFromExternalInput.CustomerId))]
    [MapperIgnoreSource(nameof(UpsertRequestFromExternalInput.Status))]
    [MapperIgnoreSource(nameof(UpsertRequestFromExternalInput.ExpectedVersion))]
    public static partial void ApplyTo(this UpsertRequestFromExternalInput input, Request request);
}
