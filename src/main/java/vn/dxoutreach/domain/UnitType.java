package vn.dxoutreach.domain;

/**
 * What a unit of the tree is: a node of the administrative tree, or an organisation lying under an
 * administrative unit (an agency, a school, an enterprise) that some targets are set on ("100% cơ
 * quan, đơn vị", "tối thiểu 50% các trường"). Organisations never stand for a level of the tree: a
 * target on the communes or villages counts administrative units only.
 */
public enum UnitType {
    /** Hành chính: province, commune, village — the default. */
    ADMINISTRATIVE,
    /** Cơ quan: an agency or public body. */
    AGENCY,
    /** Trường học. */
    SCHOOL,
    /** Doanh nghiệp. */
    ENTERPRISE,
    /** Khác: any other organisation. */
    OTHER;

    /** Whether units of this type are organisations under an administrative unit. */
    public boolean isOrganisation() {
        return this != ADMINISTRATIVE;
    }
}
