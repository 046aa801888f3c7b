package org.factdesk.model;

import java.util.List;

/**
 * A term of an agreement or treaty stated in the text.
 *
 * @param agreement  the agreement's name as written ("comprehensive strategic partnership treaty")
 * @param parties    parties named in the sentence or resolved from the article, possibly empty
 * @param obligation what the agreement provides or obliges ("immediate military aid in the event of armed aggression")
 */
public record AgreementTerm(String agreement, List<String> parties, String obligation) {
    public AgreementTerm {
        parties = List.copyOf(parties);
    }
}
