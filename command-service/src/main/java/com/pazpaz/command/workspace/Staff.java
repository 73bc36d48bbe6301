package com.pazpaz.command.workspace;

import com.pazpaz.kernel.common.BusinessRuleViolation;
import com.pazpaz.kernel.common.RecordNotFoundException;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.workspace.Role;
import java.util.HashMap;
import java.util.Map;

/**
 * The people of one practice as the workspace aggregate knows them: enough to keep at least one active owner and
 * to tell an erased user from a live one. Their e-mails are ciphertext the aggregate cannot compare; the user
 * directory keeps them unique ({@link UserDirectory}). Changed only by the aggregate's event sourcing handlers.
 */
final class Staff {

    private final Map<UserId, Member> members = new HashMap<>();

    static BusinessRuleViolation lastActiveOwner() {
        return new BusinessRuleViolation(
                BusinessRuleViolation.Kind.CONFLICT, "The workspace must keep at least one active owner");
    }

    static BusinessRuleViolation erased() {
        return new BusinessRuleViolation(BusinessRuleViolation.Kind.GONE, "The user was erased");
    }

    void add(UserId userId, Role role) {
        members.put(userId, new Member(role, true, false));
    }

    /** The member; another workspace's user or an unknown one is the same 404. */
    Member require(UserId userId) {
        Member member = members.get(userId);
        if (member == null) {
            throw new RecordNotFoundException();
        }
        return member;
    }

    /** The member, if not erased: an erased user can be given neither a role nor access again (410). */
    Member requireNotErased(UserId userId) {
        Member member = require(userId);
        if (member.erased()) {
            throw erased();
        }
        return member;
    }

    /** Whether this user is the only active owner, so that demoting or deactivating them would leave none. */
    boolean isLastActiveOwner(UserId userId) {
        Member member = require(userId);
        return member.isActiveOwner()
                && members.values().stream().filter(Member::isActiveOwner).count() == 1;
    }

    void changeRole(UserId userId, Role role) {
        members.computeIfPresent(userId, (id, member) -> new Member(role, member.active(), member.erased()));
    }

    void setActive(UserId userId, boolean active) {
        members.computeIfPresent(userId, (id, member) -> new Member(member.role(), active, member.erased()));
    }

    void erase(UserId userId) {
        members.computeIfPresent(userId, (id, member) -> new Member(member.role(), false, true));
    }

    record Member(Role role, boolean active, boolean erased) {

        boolean isActiveOwner() {
            return active && role == Role.OWNER;
        }
    }
}
