package com.pazpaz.command.workspace;

import com.pazpaz.kernel.common.BusinessRuleViolation;
import com.pazpaz.kernel.common.RecordNotFoundException;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.workspace.Role;
import java.util.HashMap;
import java.util.Map;

/**
 * The people of one practice as the workspace aggregate knows them: enough to keep e-mails unique and to keep
 * at least one active owner. Changed only by the aggregate's event sourcing handlers.
 */
final class Staff {

    private final Map<UserId, Member> members = new HashMap<>();

    /** R-USR: one account per e-mail in a workspace (exact match, as {@code uq_users_workspace_email}). */
    static BusinessRuleViolation emailTaken() {
        return new BusinessRuleViolation(
                BusinessRuleViolation.Kind.CONFLICT, "A user with this email already exists in the workspace");
    }

    static BusinessRuleViolation lastActiveOwner() {
        return new BusinessRuleViolation(
                BusinessRuleViolation.Kind.CONFLICT, "The workspace must keep at least one active owner");
    }

    void add(UserId userId, String email, Role role) {
        members.put(userId, new Member(email, role, true));
    }

    /** The member; another workspace's user or an unknown one is the same 404. */
    Member require(UserId userId) {
        Member member = members.get(userId);
        if (member == null) {
            throw new RecordNotFoundException();
        }
        return member;
    }

    boolean hasEmail(String email) {
        return members.values().stream().anyMatch(member -> member.email().equals(email));
    }

    /** Whether this user is the only active owner, so that demoting or deactivating them would leave none. */
    boolean isLastActiveOwner(UserId userId) {
        Member member = require(userId);
        return member.isActiveOwner()
                && members.values().stream().filter(Member::isActiveOwner).count() == 1;
    }

    void changeRole(UserId userId, Role role) {
        members.computeIfPresent(userId, (id, member) -> new Member(member.email(), role, member.active()));
    }

    void setActive(UserId userId, boolean active) {
        members.computeIfPresent(userId, (id, member) -> new Member(member.email(), member.role(), active));
    }

    record Member(String email, Role role, boolean active) {

        boolean isActiveOwner() {
            return active && role == Role.OWNER;
        }
    }
}
