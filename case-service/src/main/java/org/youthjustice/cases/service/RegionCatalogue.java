package org.youthjustice.cases.service;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.youthjustice.cases.domain.Region;
import org.youthjustice.cases.domain.RegionLevel;
import org.youthjustice.platform.paging.Page;
import org.youthjustice.platform.paging.PageRequest;
import org.youthjustice.platform.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The divisions cases are filed under. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RegionCatalogue {

    public Page<Region> list(Optional<RegionLevel> level, Optional<String> parent, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        level.ifPresent(value -> {
            conditions.add("level = :level");
            parameters.and("level", value);
        });
        parent.ifPresent(value -> {
            conditions.add("parentCode = :parent");
            parameters.and("parent", value);
        });
        String query = conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
        var found = Region.<Region>find(query, Sort.by("code"), parameters);
        return Page.of(found, page);
    }

    public Region get(String code) {
        return Region.<Region>findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("No division " + code + " is served by the platform."));
    }
}
