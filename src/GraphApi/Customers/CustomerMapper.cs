using GraphApi.Api;
using Riok.Mapperly.Abstractions;

namespace GraphApi.Customers;

/// <summary>Customer inputs to the entity; the email comes normalised, the channels and usual contacts are set by the mutations.</summary>
[Mapper]
[UseStaticMapper(typeof(InputText))]
public static partial class CustomerMapper
{
    /// <summary>A new customer with the normalised <paramref name="email"/>.</summary>
    [MapperIgnoreSource(nameof(CreateCustomerInput.Email))]
    [MapperIgnoreSource(nameof(CreateCustomerInput.PreferredChannels))]
    [MapperIgnoreSource(nameof(CreateCustomerInput.UsualContactIds))]
    public static partial Customer ToCustomer(this CreateCustomerInput input, string email);

    /// <summary>Applies the fields given; fields left out (null) stay as they are.</summary>
    [MapperIgnoreSource(nameof(UpdateCustomerInput.CustomerId))]
    [MapperIgnoreSource(nameof(UpdateCustomerInput.Email))]
    [MapperIgnoreSource(nameof(UpdateCustomerInput.PreferredChannels))]
    [MapperIgnoreSource(nameof(UpdateCustomerInput.UsualContactIds))]
    public static partial void ApplyTo(this UpdateCustomerInput input, Customer customer);
}
