package vn.dxoutreach.sample;

import java.util.List;
import vn.dxoutreach.domain.Unit;

/** The generated unit tree: the office, the districts, every commune and village. */
record SampleTree(Unit office, List<Unit> districts, List<Unit> communes, List<Unit> villages) {
}
