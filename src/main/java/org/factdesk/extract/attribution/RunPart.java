package org.factdesk.extract.attribution;

import java.util.List;
import org.factdesk.model.Attribution;

/**
 * What every rule family of one pass reads and marks: the run's state under the short names the
 * rules were written with. A base class rather than a copy in each rule class, so that a field added
 * to {@link RunState} is added once.
 */
abstract class RunPart {
    final RunState run;
    final AttributionText t;
    final SpeakerResolver speakers;
    final boolean[] usedCue;
    final boolean[] quoteDone;
    final List<Attribution> found;
    final AttributionCueModel model;
    final double[] cueProbability;

    RunPart(RunState run) {
        this.run = run;
        t = run.t;
        speakers = run.speakers;
        usedCue = run.usedCue;
        quoteDone = run.quoteDone;
        found = run.found;
        model = run.model;
        cueProbability = run.cueProbability;
    }
}
