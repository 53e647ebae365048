"""docs/reference: a Markdown reference of every CQ contract, generated from the buf image.

    model.build_reference (image -> typed model, every string Markdown-ready)
    -> render.render_reference (templates/docs/*.md.j2) -> render.stage / render.swap_in (all or nothing)

``completeness`` checks the same model against the comment rules of docs/CONTRACT_STYLE.md.
"""
