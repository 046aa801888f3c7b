package org.factdesk.archive;

import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Quantity;

import java.util.List;

/**
 * A claim made from a bare piece of text (a search box entry, a benchmark query): the whole text is
 * the claim, its numbers are its quantities. Claims from articles come from the claim finder instead.
 */
public final class TextClaims {
    private TextClaims() {
    }

    public static Claim of(String id, String text) {
        Claim bare = new Claim(id, "", text, ClaimKind.ASSERTION, 0, text.length(), 0, List.of(), null, null, List.of());
        List<Quantity> quantities = QuantityStance.claimQuantities(bare);
        return new Claim(id, "", text, quantities.isEmpty() ? ClaimKind.ASSERTION : ClaimKind.QUANTITY, 0,
                text.length(), 0, quantities, null, null, List.of());
    }
}
