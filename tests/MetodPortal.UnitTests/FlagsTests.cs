using MetodPortal.Domain;
using MetodPortal.Domain.Events;
using MetodPortal.Domain.Practices;

namespace MetodPortal.UnitTests;

public sealed class FlagsTests
{
    [Fact]
    public void A_flags_value_is_split_into_its_checkboxes_joined_back_and_named_in_russian()
    {
        Assert.Equal([ExpertiseKinds.Practices, ExpertiseKinds.Programs, ExpertiseKinds.Contests, ExpertiseKinds.Attestation], Flags<ExpertiseKinds>.Each);
        Assert.DoesNotContain(EventTopics.None, Flags<EventTopics>.Each);

        var topics = EventTopics.BurnoutPrevention | EventTopics.Heads;
        Assert.Equal([EventTopics.BurnoutPrevention, EventTopics.Heads], Flags<EventTopics>.Split(topics));
        Assert.Equal(topics, Flags<EventTopics>.Join(Flags<EventTopics>.Split(topics)));
        Assert.Equal(EventTopics.None, Flags<EventTopics>.Join([]));
        Assert.Equal("профилактика профессионального выгорания, для руководителей", Flags<EventTopics>.Names(topics));

        Assert.True(Flags<ExpertiseKinds>.AreKnown([ExpertiseKinds.Programs]));
        Assert.False(Flags<ExpertiseKinds>.AreKnown([(ExpertiseKinds)3]));
        Assert.False(Flags<ExpertiseKinds>.AreKnown([ExpertiseKinds.None]));
    }
}
