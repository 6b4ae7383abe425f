using AutoMapper;
using GraphApi.Api;

namespace GraphApi.Customers;

/// <summary>Customer inputs to the entity; the email (normalised), channels and usual contacts are set by the mutations.</summary>
public sealed class CustomerMappingProfile : InputProfile
{
    public CustomerMappingProfile()
    {
        CreateMap<CreateCustomerInput, Customer>(MemberList.Source)
            .ForSourceMember(s => s.UsualContactIds, o => o.DoNotValidate())
            .ForSourceMember(s => s.PreferredChannels, o => o.DoNotValidate())
            .ForSourceMember(s => s.Email, o => o.DoNotValidate())
            .ForMember(d => d.PreferredChannels, o => o.Ignore())
            .ForMember(d => d.Email, o => o.Ignore());

        // Fields left out stay as they are.
        CreateMap<UpdateCustomerInput, Customer>(MemberList.Source)
            .ForSourceMember(s => s.CustomerId, o => o.DoNotValidate())
            .ForSourceMember(s => s.UsualContactIds, o => o.DoNotValidate())
            .ForSourceMember(s => s.PreferredChannels, o => o.DoNotValidate())
            .ForSourceMember(s => s.Email, o => o.DoNotValidate())
            .ForMember(d => d.PreferredChannels, o => o.Ignore())
            .ForMember(d => d.Email, o => o.Ignore())
            .ForAllMembers(o => o.Condition((_, _, value) => value is not null));
    }
}
