using GraphApi.Api;
using Riok.Mapperly.Abstractions;

namespace GraphApi.Staff;

/// <summary>Staff inputs to the entity; the email comes normalised from the mutations.</summary>
[Mapper]
[UseStaticMapper(typeof(InputText))]
public static partial class StaffMemberMapper
{
    /// <summary>A new staff member with the normalised <paramref name="email"/>.</summary>
    [MapperIgnoreSource(nameof(CreateStaffMemberInput.Email))]
    public static partial StaffMember ToStaffMember(this CreateStaffMemberInput input, string email);

    /// <summary>Applies the fields given; fields left out (null) stay as they are.</summary>
    [MapperIgnoreSource(nameof(UpdateStaffMemberInput.StaffMemberId))]
    [MapperIgnoreSource(nameof(UpdateStaffMemberInput.Email))]
    public static partial void ApplyTo(this UpdateStaffMemberInput input, StaffMember member);
}
