using AutoMapper;
using GraphApi.Api;

namespace GraphApi.Staff;

/// <summary>Staff inputs to the entity; the email (normalised) is set by the mutations.</summary>
public sealed class StaffMemberMappingProfile : InputProfile
{
    public StaffMemberMappingProfile()
    {
        CreateMap<CreateStaffMemberInput, StaffMember>(MemberList.Source)
            .ForSourceMember(s => s.Email, o => o.DoNotValidate())
            .ForMember(d => d.Email, o => o.Ignore());

        // Fields left out stay as they are.
        CreateMap<UpdateStaffMemberInput, StaffMember>(MemberList.Source)
            .ForSourceMember(s => s.StaffMemberId, o => o.DoNotValidate())
            .ForSourceMember(s => s.Email, o => o.DoNotValidate())
            .ForMember(d => d.Email, o => o.Ignore())
            .ForAllMembers(o => o.Condition((_, _, value) => value is not null));
    }
}
