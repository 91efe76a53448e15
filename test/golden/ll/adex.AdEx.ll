; BrainTS kernel for neuron model AdEx (models/adex.ts:23), method update(t, dt).
; Loops over neurons [begin, end). Arrays (fields): V, w, I.
; Group-uniform parameters (params): C, gL, EL, VT, DeltaT, tauw, a, b, Vr, V_cut.
; You may edit this file: BrainTS notices, checks the kernel signature, uses your version and says so.
; ModuleID = 'AdEx.cpu'
source_filename = "models/adex.ts"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nounwind
define i32 @AdEx_update(double** %fields, double* %params, i8* %spiked, i64 %begin, i64 %end, double %t, double %dt, i64 %step, i32 %seed, i32 %stream) #0 !dbg !4 {
entry:
  ; models/adex.ts:45  update(t: number, dt: number) {
  %V.slot = getelementptr inbounds double*, double** %fields, i64 0, !dbg !7
  %V.ptr = load double*, double** %V.slot, align 8, !dbg !7
  %w.slot = getelementptr inbounds double*, double** %fields, i64 1, !dbg !7
  %w.ptr = load double*, double** %w.slot, align 8, !dbg !7
  %I.slot = getelementptr inbounds double*, double** %fields, i64 2, !dbg !7
  %I.ptr = load double*, double** %I.slot, align 8, !dbg !7
  %C.slot = getelementptr inbounds double, double* %params, i64 0, !dbg !7
  %C = load double, double* %C.slot, align 8, !dbg !7
  %gL.slot = getelementptr inbounds double, double* %params, i64 1, !dbg !7
  %gL = load double, double* %gL.slot, align 8, !dbg !7
  %EL.slot = getelementptr inbounds double, double* %params, i64 2, !dbg !7
  %EL = load double, double* %EL.slot, align 8, !dbg !7
  %VT.slot = getelementptr inbounds double, double* %params, i64 3, !dbg !7
  %VT = load double, double* %VT.slot, align 8, !dbg !7
  %DeltaT.slot = getelementptr inbounds double, double* %params, i64 4, !dbg !7
  %DeltaT = load double, double* %DeltaT.slot, align 8, !dbg !7
  %tauw.slot = getelementptr inbounds double, double* %params, i64 5, !dbg !7
  %tauw = load double, double* %tauw.slot, align 8, !dbg !7
  %a.slot = getelementptr inbounds double, double* %params, i64 6, !dbg !7
  %a = load double, double* %a.slot, align 8, !dbg !7
  %b.slot = getelementptr inbounds double, double* %params, i64 7, !dbg !7
  %b = load double, double* %b.slot, align 8, !dbg !7
  %Vr.slot = getelementptr inbounds double, double* %params, i64 8, !dbg !7
  %Vr = load double, double* %Vr.slot, align 8, !dbg !7
  %V_cut.slot = getelementptr inbounds double, double* %params, i64 9, !dbg !7
  %V_cut = load double, double* %V_cut.slot, align 8, !dbg !7
  ; models/adex.ts:41  const spike = this.gL * this.DeltaT * Math.exp((V - this.VT) / this.DeltaT);
  %u0 = fmul double %gL, %DeltaT, !dbg !8
  %0 = icmp slt i64 %begin, %end, !dbg !8
  br i1 %0, label %neuron, label %done, !dbg !8

neuron:                                           ; preds = %neuron, %entry
  %i = phi i64 [ %begin, %entry ], [ %i.next, %neuron ], !dbg !8
  %bad = phi i64 [ 0, %entry ], [ %bad.next, %neuron ], !dbg !8
  ; models/adex.ts:46  [this.V, this.w] = step(this.dVw, this.V, this.w, this.I);
  %V.addr = getelementptr inbounds double, double* %V.ptr, i64 %i, !dbg !9
  %V = load double, double* %V.addr, align 8, !dbg !9
  ; models/adex.ts:42  return [(this.gL * (this.EL - V) + spike + I - w) / this.C, (this.a * (V - this.EL) - w) / this.tauw];
  %1 = fsub double %EL, %V, !dbg !10
  %2 = fmul double %gL, %1, !dbg !10
  ; models/adex.ts:41  const spike = this.gL * this.DeltaT * Math.exp((V - this.VT) / this.DeltaT);
  %3 = fsub double %V, %VT, !dbg !11
  %4 = fdiv double %3, %DeltaT, !dbg !12
  %5 = call double @llvm.exp.f64(double %4), !dbg !12
  %6 = fmul double %u0, %5, !dbg !12
  %7 = fadd double %2, %6, !dbg !12
  ; models/adex.ts:46  [this.V, this.w] = step(this.dVw, this.V, this.w, this.I);
  %I.addr = getelementptr inbounds double, double* %I.ptr, i64 %i, !dbg !13
  %I = load double, double* %I.addr, align 8, !dbg !13
  %8 = fadd double %7, %I, !dbg !13
  %w.addr = getelementptr inbounds double, double* %w.ptr, i64 %i, !dbg !14
  %w = load double, double* %w.addr, align 8, !dbg !14
  %9 = fsub double %8, %w, !dbg !14
  ; models/adex.ts:42  return [(this.gL * (this.EL - V) + spike + I - w) / this.C, (this.a * (V - this.EL) - w) / this.tauw];
  %10 = fdiv double %9, %C, !dbg !15
  %11 = fmul double %dt, %10, !dbg !15
  %12 = fadd double %V, %11, !dbg !15
  ; models/adex.ts:47  if (this.V > this.V_cut) {
  %13 = fcmp ogt double %12, %V_cut, !dbg !16
  ; models/adex.ts:48  this.V = this.Vr;
  %V.next = select i1 %13, double %Vr, double %12, !dbg !17
  ; models/adex.ts:42  return [(this.gL * (this.EL - V) + spike + I - w) / this.C, (this.a * (V - this.EL) - w) / this.tauw];
  %14 = fsub double %V, %EL, !dbg !18
  %15 = fmul double %a, %14, !dbg !18
  %16 = fsub double %15, %w, !dbg !18
  %17 = fdiv double %16, %tauw, !dbg !19
  %18 = fmul double %dt, %17, !dbg !19
  %19 = fadd double %w, %18, !dbg !19
  ; models/adex.ts:49  this.w += this.b;
  %20 = fadd double %19, %b, !dbg !20
  %w.next = select i1 %13, double %20, double %19, !dbg !20
  ; models/adex.ts:48  this.V = this.Vr;
  %V.addr1 = getelementptr inbounds double, double* %V.ptr, i64 %i, !dbg !21
  store double %V.next, double* %V.addr1, align 8, !dbg !21
  %21 = fsub double %V.next, %V.next, !dbg !21
  %22 = bitcast double %21 to i64, !dbg !21
  %V.bad = or i64 0, %22, !dbg !21
  ; models/adex.ts:49  this.w += this.b;
  %w.addr2 = getelementptr inbounds double, double* %w.ptr, i64 %i, !dbg !22
  store double %w.next, double* %w.addr2, align 8, !dbg !22
  %23 = fsub double %w.next, %w.next, !dbg !22
  %24 = bitcast double %23 to i64, !dbg !22
  %w.bad = or i64 %V.bad, %24, !dbg !22
  ; models/adex.ts:37  @current I = 0; // pA
  %I.addr3 = getelementptr inbounds double, double* %I.ptr, i64 %i, !dbg !23
  store double 0.000000e+00, double* %I.addr3, align 8, !dbg !23
  ; models/adex.ts:45  update(t: number, dt: number) {
  %spiked.byte = zext i1 %13 to i8, !dbg !7
  %spiked.ptr = getelementptr inbounds i8, i8* %spiked, i64 %i, !dbg !7
  store i8 %spiked.byte, i8* %spiked.ptr, align 1, !dbg !7
  %bad.next = or i64 %bad, %w.bad, !dbg !7
  %i.next = add i64 %i, 1, !dbg !7
  %25 = icmp slt i64 %i.next, %end, !dbg !7
  br i1 %25, label %neuron, label %done, !dbg !7

done:                                             ; preds = %neuron, %entry
  %bad.bits = phi i64 [ 0, %entry ], [ %bad.next, %neuron ], !dbg !7
  %26 = icmp ne i64 %bad.bits, 0, !dbg !7
  %result = zext i1 %26 to i32, !dbg !7
  ret i32 %result, !dbg !7
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.exp.f64(double) #1

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.module.flags = !{!0, !1}
!llvm.dbg.cu = !{!2}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "BrainTS", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!3 = !DIFile(filename: "adex.ts", directory: "models")
!4 = distinct !DISubprogram(name: "AdEx.update", linkageName: "AdEx_update", scope: !3, file: !3, line: 45, type: !5, scopeLine: 45, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !6)
!5 = !DISubroutineType(types: !6)
!6 = !{}
!7 = !DILocation(line: 45, column: 3, scope: !4)
!8 = !DILocation(line: 41, column: 29, scope: !4)
!9 = !DILocation(line: 46, column: 39, scope: !4)
!10 = !DILocation(line: 42, column: 25, scope: !4)
!11 = !DILocation(line: 41, column: 57, scope: !4)
!12 = !DILocation(line: 41, column: 68, scope: !4)
!13 = !DILocation(line: 46, column: 55, scope: !4)
!14 = !DILocation(line: 46, column: 47, scope: !4)
!15 = !DILocation(line: 42, column: 57, scope: !4)
!16 = !DILocation(line: 47, column: 18, scope: !4)
!17 = !DILocation(line: 48, column: 16, scope: !4)
!18 = !DILocation(line: 42, column: 80, scope: !4)
!19 = !DILocation(line: 42, column: 96, scope: !4)
!20 = !DILocation(line: 49, column: 17, scope: !4)
!21 = !DILocation(line: 48, column: 7, scope: !4)
!22 = !DILocation(line: 49, column: 7, scope: !4)
!23 = !DILocation(line: 37, column: 3, scope: !4)
; braints-hash: dff1a6309644a7bbe738736cac229e4d208b939c01179da7a9f19ee12381ed7f
